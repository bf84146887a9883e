export type { Article, InputError } from './article.ts';
export { readArticles, splitRawArticles, articleId, MAX_ARTICLE_BYTES, type ReadResult, type ReadProgress } from './read.ts';
export { extractArticle, type ExtractedArticle, type ExtractedActor, type ExtractedRelation, type EvidenceMarks } from './extract.ts';
export { defaultGazetteer, type Gazetteer, type KnownActor } from './gazetteer.ts';
export { normalizeWord, tokenize } from './normalize.ts';
export { readings } from './morphology.ts';
export { EXTRACTOR_VERSION } from './version.ts';
export { score, goldFileOf, type Gold, type GoldArticle, type Score } from './evaluate.ts';

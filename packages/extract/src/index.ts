export type { Article, InputError } from './article.ts';
export { readArticles, splitRawArticles, articleId, MAX_ARTICLE_BYTES, type ReadResult, type ReadProgress } from './read.ts';
export { extractArticle, type ExtractedArticle, type ExtractedActor, type ExtractedRelation, type EvidenceMarks } from './engine/pipeline.ts';
export { defaultGazetteer, type Gazetteer, type KnownActor } from './knowledge/gazetteer.ts';
export { normalizeWord, tokenize } from './engine/normalize.ts';
export { readingsOf as readings } from './engine/normalize.ts';
export { EXTRACTOR_VERSION } from './version.ts';
export { score, goldFileOf, type Gold, type GoldArticle, type Score } from './evaluate.ts';

import type { ArticleResponse } from '@entente/protocol';
import { fetchArticle } from '../api/client.ts';
import { createViewResource } from '../resource.ts';
import { createStore } from '../store.ts';
import { viewActions } from '../view/state.ts';

/** The open article of the view: its text, mentions and relations. */
const article = createViewResource<ArticleResponse>((view) => view.article, fetchArticle);
export const articleStore = article.store;
export const bindArticleToView = article.bind;

/** A stretch of the article's text, as offsets into it. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The sentence the reader came for (a piece of evidence, a relation of the list): marked and scrolled to. */
export const markedSentenceStore = createStore<TextSpan | null>(null);

export const articleActions = {
  open(id: string, sentence: TextSpan | null = null): void {
    markedSentenceStore.set(sentence);
    viewActions.openArticle(id);
  },
  markSentence: (sentence: TextSpan) => markedSentenceStore.set(sentence),
  close(): void {
    markedSentenceStore.set(null);
    viewActions.openArticle(null);
  },
};

import { forceLinting, linter, type Diagnostic } from '@codemirror/lint';
import { Prec, StateEffect, type Text } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import type { CypherSchema } from '@entente/protocol';
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { useEffect, useId, useRef } from 'react';
import { consoleActions, draftStore, parseParams, runStore, schemaStore, type RunState } from '../../core/console/console.ts';
import { useMessages } from '../../core/i18n/index.ts';
import { styleNonce } from '../../core/security.ts';

type EditorSchema = NonNullable<Parameters<EditorApi['setSchema']>[0]>;

/** Completion knows the live database's names and the parameters written beside the query. */
function editorSchema(schema: CypherSchema | null, paramsText: string): EditorSchema {
  const parsed = parseParams(paramsText);
  return {
    // The editor's completion lists labels and types with their leading colon.
    labels: schema?.labels.map((label) => `:${label}`) ?? [],
    relationshipTypes: schema?.relationshipTypes.map((type) => `:${type}`) ?? [],
    propertyKeys: schema?.propertyKeys ?? [],
    parameters: 'params' in parsed ? Object.keys(parsed.params) : [],
  };
}

/**
 * Neo4j's syntax error, underlined where Neo4j points: from the offset to the end of the word there.
 * Only while the text is the one that ran: after an edit the offset may point elsewhere.
 */
function syntaxDiagnostics(run: RunState, doc: Text): Diagnostic[] {
  if (run.phase !== 'failed' || !run.failure.position || run.draft.query !== doc.toString()) return [];
  const from = Math.min(run.failure.position.offset, doc.length);
  const word = /^\w+|^\S/.exec(doc.sliceString(from, from + 80));
  return [{ from, to: from + (word?.[0].length ?? 0), severity: 'error', message: run.failure.message, source: 'Neo4j' }];
}

/** Tells the editor's linting that a run ended, so that Neo4j's verdict is asked for again. */
const runChanged = StateEffect.define<null>();

/**
 * The query editor: Neo4j's CodeMirror 6 Cypher support (highlighting, completion), with Ctrl/Cmd+Enter
 * to run. Its own error reporting stays off: its grammar predates some of today's Cypher, so only
 * Neo4j's verdict after a run is shown, as a lint source beside the package's (which then reports
 * nothing): diagnostics set from outside would be overwritten by its next pass.
 */
export function CypherEditor() {
  const { t } = useMessages();
  const container = useRef<HTMLDivElement>(null);
  const labelId = useId();

  // The editor is created once for the console's life; the text, schema and verdicts reach it from the stores.
  useEffect(() => {
    if (!container.current) return;
    const nonce = styleNonce();
    const { editor } = createCypherEditor(container.current, {
      value: draftStore.get().query,
      autofocus: true,
      lineWrapping: true,
      lint: false,
      schema: editorSchema(schemaStore.get(), draftStore.get().params),
      postExtensions: [
        Prec.highest(
          keymap.of([
            {
              key: 'Mod-Enter',
              run: () => {
                editor.setAutocompleteOpen(false);
                void consoleActions.run();
                return true;
              },
            },
          ]),
        ),
        EditorView.contentAttributes.of({ 'aria-labelledby': labelId }),
        ...(nonce ? [EditorView.cspNonce.of(nonce)] : []),
        linter((view) => syntaxDiagnostics(runStore.get(), view.state.doc), {
          needsRefresh: (update) => update.transactions.some((transaction) => transaction.effects.some((effect) => effect.is(runChanged))),
        }),
      ],
    });
    const view = editor.codemirror;
    const stopEditing = editor.onValueChanged((query) => consoleActions.edit({ query }));
    // An example or a history entry replaces the text from outside; typing comes back equal and is left alone.
    const unsubscribeDraft = draftStore.subscribe((draft, previous) => {
      if (draft.query !== view.state.doc.toString()) editor.setValue(draft.query);
      if (draft.params !== previous.params) editor.setSchema(editorSchema(schemaStore.get(), draft.params));
    });
    const unsubscribeSchema = schemaStore.subscribe((schema) => editor.setSchema(editorSchema(schema, draftStore.get().params)));
    const unsubscribeRun = runStore.subscribe(() => {
      view.dispatch({ effects: runChanged.of(null) });
      forceLinting(view);
    });
    return () => {
      stopEditing();
      unsubscribeDraft();
      unsubscribeSchema();
      unsubscribeRun();
      editor.destroy();
    };
  }, [labelId]);

  return (
    <>
      <span id={labelId} hidden>
        {t.consoleQueryLabel}
      </span>
      <div ref={container} className="cypher-editor" dir="ltr" />
    </>
  );
}

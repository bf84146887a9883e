import type { ActorDetail, ActorSummary, Curation, CurationNote, Evidence, RelationRef } from '@entente/protocol';
import { ACTOR_KINDS, ACTOR_KIND_NAMES, type ActorKind } from '@entente/ontology';
import { useEffect, useState } from 'react';
import { curationActions, curationStore, readCurations, relationSubject, type Listed } from '../core/curation/curation.ts';
import { useMessages } from '../core/i18n/index.ts';
import { useStore } from '../core/store.ts';
import { viewActions } from '../core/view/state.ts';
import { ActorSearch } from './ActorSearch.tsx';

/** The curations of one subject, read again after every change. */
export function useCurations(on: string): Listed<Curation> {
  const revision = useStore(curationStore, (state) => state.revision);
  const [list, setList] = useState<Listed<Curation>>({ phase: 'loading' });
  useEffect(() => {
    let current = true;
    void readCurations(on).then((next) => current && setList(next));
    return () => {
      current = false;
    };
  }, [on, revision]);
  return list;
}

/** The last write's failure, said once where the analyst acted. */
export function CurationError() {
  const error = useStore(curationStore, (state) => state.error);
  return error ? (
    <p className="curation-error" role="alert">
      {error}
    </p>
  ) : null;
}

/** Who curated, when and why; each one in force can be undone. */
export function CurationNotes({ notes }: { notes: readonly CurationNote[] }) {
  const { t } = useMessages();
  const busy = useStore(curationStore, (state) => state.busy);
  if (notes.length === 0) return null;
  return (
    <ul className="curation-notes">
      {notes.map((note) => (
        <li key={note.id} className={`curation-note curation-${note.action}`}>
          <span>{t.curationNote(t.curationActions[note.action], note.by, note.at.slice(0, 10))}</span>
          {note.reason && <q dir="auto">{note.reason}</q>}
          <button type="button" className="curation-undo" disabled={busy} onClick={() => void curationActions.undo(note.id)}>
            {t.curationUndo}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Confirm, or mark wrong with a reason: for a line or one of its events. */
export function Verdict({
  onVerdict,
  given = null,
  compact = false,
}: {
  onVerdict: (action: 'reject' | 'confirm', reason: string) => void;
  /** The verdict in force, if any: it is not offered again. */
  given?: 'reject' | 'confirm' | null;
  compact?: boolean;
}) {
  const { t } = useMessages();
  const busy = useStore(curationStore, (state) => state.busy);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <div className={compact ? 'verdict compact' : 'verdict'}>
      {!rejecting ? (
        <>
          {given !== 'confirm' && (
            <button type="button" className="curate-confirm" disabled={busy} onClick={() => onVerdict('confirm', '')}>
              {compact ? t.curateConfirmEvent : t.curateConfirm}
            </button>
          )}
          {given !== 'reject' && (
            <button type="button" className="curate-reject" disabled={busy} onClick={() => setRejecting(true)}>
              {compact ? t.curateRejectEvent : t.curateReject}
            </button>
          )}
        </>
      ) : (
        <form
          className="reject-form"
          onSubmit={(event) => {
            event.preventDefault();
            onVerdict('reject', reason);
            setRejecting(false);
            setReason('');
          }}
        >
          <input
            type="text"
            className="reject-reason"
            value={reason}
            maxLength={500}
            placeholder={t.curateReason}
            aria-label={t.curateReason}
            autoFocus
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" className="reject-save" disabled={busy}>
            {t.curateRejectSave}
          </button>
          <button type="button" onClick={() => setRejecting(false)}>
            {t.curateCancel}
          </button>
        </form>
      )}
    </div>
  );
}

/** A line's curation: its verdict, who gave it, and the buttons to give one. */
export function RelationCuration({ relation }: { relation: RelationRef }) {
  const { t } = useMessages();
  const list = useCurations(relationSubject(relation));
  const inForce = list.phase === 'ready' ? list.items.filter((c) => c.undone_at === null).reverse() : [];
  const state = inForce.at(-1)?.action;
  return (
    <section className="relation-curation" data-curation={state === 'reject' ? 'rejected' : state === 'confirm' ? 'confirmed' : 'none'}>
      {state && <p className={`curation-state curation-${state}`}>{state === 'reject' ? t.lineRejected : t.lineConfirmed}</p>}
      <CurationNotes notes={inForce} />
      <Verdict
        given={state === 'reject' || state === 'confirm' ? state : null}
        onVerdict={(action, reason) => void curationActions.curate({ action, relation, ...(reason ? { reason } : {}) })}
      />
      <CurationError />
    </section>
  );
}

/** One event's verdict, beside its sentence. */
export function EventCuration({ evidence }: { evidence: Evidence }) {
  return (
    <div className="event-curation">
      <CurationNotes notes={evidence.curations} />
      <Verdict
        compact
        given={evidence.curation === 'rejected' ? 'reject' : evidence.curation === 'confirmed' ? 'confirm' : null}
        onVerdict={(action, reason) => void curationActions.curate({ action, event: evidence.event_id, ...(reason ? { reason } : {}) })}
      />
    </div>
  );
}

/** Corrections to an actor: merge it into the one it is, fix its names or kind, add a name it goes by. */
export function ActorCuration({ actor }: { actor: ActorDetail }) {
  const { t, label } = useMessages();
  const busy = useStore(curationStore, (state) => state.busy);
  const list = useCurations(`actor:${actor.id}`);
  const [nameEn, setNameEn] = useState(actor.name_en);
  const [nameAr, setNameAr] = useState(actor.name_ar);
  const [kind, setKind] = useState<ActorKind>(actor.kind);
  const [alias, setAlias] = useState('');
  const [merging, setMerging] = useState<ActorSummary | null>(null);
  const inForce = list.phase === 'ready' ? list.items.filter((c) => c.undone_at === null).reverse() : [];
  return (
    <details className="actor-curation">
      <summary>{t.curateActor}</summary>
      {actor.absorbed.length > 0 && <p className="absorbed">{t.absorbed(actor.absorbed.join(', '))}</p>}
      <CurationNotes notes={inForce} />
      <form
        className="rename-form"
        onSubmit={(event) => {
          event.preventDefault();
          void curationActions.curate({ action: 'rename', actor: actor.id, name_en: nameEn, name_ar: nameAr, kind });
        }}
      >
        <label>
          {t.curateNameEn}
          <input type="text" dir="ltr" value={nameEn} maxLength={200} onChange={(e) => setNameEn(e.target.value)} />
        </label>
        <label>
          {t.curateNameAr}
          <input type="text" dir="rtl" lang="ar" value={nameAr} maxLength={200} onChange={(e) => setNameAr(e.target.value)} />
        </label>
        <label>
          {t.curateKind}
          <select value={kind} onChange={(e) => setKind(e.target.value as ActorKind)}>
            {ACTOR_KIND_NAMES.map((name) => (
              <option key={name} value={name}>
                {label(ACTOR_KINDS[name].label)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy || (nameEn === actor.name_en && nameAr === actor.name_ar && kind === actor.kind)}>
          {t.curateRename}
        </button>
      </form>
      <form
        className="alias-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (alias.trim()) void curationActions.curate({ action: 'alias', actor: actor.id, alias: alias.trim() });
          setAlias('');
        }}
      >
        <label>
          {t.curateAlias}
          <input type="text" dir="auto" value={alias} maxLength={200} onChange={(e) => setAlias(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || alias.trim() === ''}>
          {t.curateAddAlias}
        </button>
      </form>
      <div className="merge-form">
        {merging ? (
          <p className="merge-confirm">
            {t.curateMergeConfirm(actor.id, merging.id)}
            <button
              type="button"
              className="merge-do"
              disabled={busy}
              onClick={() => {
                const into = merging.id;
                setMerging(null);
                void curationActions.curate({ action: 'merge', actor: actor.id, into }).then((done) => done && viewActions.selectActor(into));
              }}
            >
              {t.curateMerge}
            </button>
            <button type="button" onClick={() => setMerging(null)}>
              {t.curateCancel}
            </button>
          </p>
        ) : (
          <ActorSearch label={t.curateMergeInto} placeholder={t.curateMergePlaceholder} onChoose={(other) => other.id !== actor.id && setMerging(other)} />
        )}
      </div>
      <CurationError />
    </details>
  );
}

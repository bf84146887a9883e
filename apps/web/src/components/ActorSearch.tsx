import { ACTOR_KINDS } from '@entente/ontology';
import type { ActorSummary } from '@entente/protocol';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { searchActors } from '../core/api/client.ts';
import { actorName, useMessages } from '../core/i18n/index.ts';

const TYPING_PAUSE_MS = 150;

interface ActorSearchProps {
  label: string;
  placeholder: string;
  onChoose: (actor: ActorSummary) => void;
  autoFocus?: boolean;
}

/** A combobox over /api/search: the server matches either script and normalises Arabic spelling. */
export function ActorSearch({ label: fieldLabel, placeholder, onChoose, autoFocus = false }: ActorSearchProps) {
  const { t, label, language } = useMessages();
  const listId = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<ActorSummary[] | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);

  useEffect(() => {
    const query = text.trim();
    if (query === '') {
      setResults(null);
      return;
    }
    const request = new AbortController();
    const timer = window.setTimeout(() => {
      searchActors(query, request.signal).then(
        (found) => {
          setResults(found);
          setActiveIndex(0);
        },
        () => {
          if (!request.signal.aborted) setResults([]);
        },
      );
    }, TYPING_PAUSE_MS);
    return () => {
      window.clearTimeout(timer);
      request.abort();
    };
  }, [text]);

  const choose = (actor: ActorSummary) => {
    onChoose(actor);
    setText('');
    setResults(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!results || results.length === 0) return;
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      setActiveIndex((index) => (index + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const actor = results[activeIndex];
      if (actor) choose(actor);
    } else if (event.key === 'Escape') {
      setResults(null);
    }
  };

  const open = results !== null;
  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label={fieldLabel}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results.length > 0 ? optionId(activeIndex) : undefined}
        placeholder={placeholder}
        value={text}
        autoFocus={autoFocus}
        dir="auto"
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setResults(null)}
      />
      {open && (
        <ul id={listId} role="listbox" className="search-results">
          {results.length === 0 && <li className="search-empty">{t.searchNoResults}</li>}
          {results.map((actor, index) => (
            <li
              key={actor.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              data-actor={actor.id}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(actor)}
            >
              <span className="node-swatch" style={{ background: ACTOR_KINDS[actor.kind].color }} aria-hidden="true" />
              <span className="result-name">{actorName(actor, language)}</span>
              <bdi className="result-other">{actorName(actor, language === 'ar' ? 'en' : 'ar')}</bdi>
              <span className="result-kind">{label(ACTOR_KINDS[actor.kind].label)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

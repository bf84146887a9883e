import { ACTOR_KINDS, relationSpec } from '@entente/ontology';
import { useMemo, useState, type ReactNode } from 'react';
import type { ColumnSort } from '../core/actor/relations.ts';
import { networkGraph } from '../core/graph/graph.ts';
import { networkStore } from '../core/graph/load.ts';
import { actorName, useMessages } from '../core/i18n/index.ts';
import { useStore } from '../core/store.ts';
import {
  DEFAULT_ACTOR_SORT,
  DEFAULT_LINE_SORT,
  filterRows,
  mapTable,
  nextColumnSort,
  sortActors,
  sortLines,
  tablePage,
  TABLE_TABS,
  type ActorColumn,
  type ActorRow,
  type LineColumn,
  type LineRow,
  type TableTab,
} from '../core/table/table.ts';
import { viewActions, viewStore } from '../core/view/state.ts';
import { DateRange } from './DateRange.tsx';
import { RelationSwatch } from './RelationSwatch.tsx';

export function TableButton() {
  const { t } = useMessages();
  const open = useStore(viewStore, (view) => view.table !== null);
  return (
    <button type="button" className="table-button" aria-pressed={open} title={t.tableOpenTitle} onClick={() => viewActions.showTable(open ? null : 'actors')}>
      {t.tableOpen}
    </button>
  );
}

/** A column header that sorts by its column; the sorted one says which way to assistive technology. */
function SortHeader<K extends string>({ column, sort, onSort, children }: { column: K; sort: ColumnSort<K>; onSort: (column: K) => void; children: ReactNode }) {
  const sorted = sort.key === column;
  return (
    <th scope="col" aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="table-sort" data-sort={column} onClick={() => onSort(column)}>
        {children}
        <span aria-hidden="true">{sorted ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

/** The name in the interface language, the other script beside it. */
function ActorNames({ actor }: { actor: { name_en: string; name_ar: string } }) {
  const { language } = useMessages();
  const other = language === 'ar' ? 'en' : 'ar';
  const otherName = actorName(actor, other);
  const name = actorName(actor, language);
  return (
    <>
      <bdi className="table-name">{name}</bdi>
      {otherName !== name && (
        <bdi className="table-other-script" lang={other}>
          {otherName}
        </bdi>
      )}
    </>
  );
}

function ActorTable({ rows, sort, onSort }: { rows: readonly ActorRow[]; sort: ColumnSort<ActorColumn>; onSort: (column: ActorColumn) => void }) {
  const { t, label } = useMessages();
  const selected = useStore(viewStore, (view) => view.actor);
  return (
    <table className="map-table-grid" data-tab="actors">
      <thead>
        <tr>
          <SortHeader column="name" sort={sort} onSort={onSort}>
            {t.tableName}
          </SortHeader>
          <SortHeader column="kind" sort={sort} onSort={onSort}>
            {t.tableKind}
          </SortHeader>
          <SortHeader column="lines" sort={sort} onSort={onSort}>
            {t.tableLineCount}
          </SortHeader>
          <SortHeader column="events" sort={sort} onSort={onSort}>
            {t.tableEvents}
          </SortHeader>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-actor={row.id} aria-selected={row.id === selected} onClick={() => viewActions.selectActor(row.id)}>
            <td>
              {/* The row answers the click; the button lets the keyboard reach it. */}
              <button type="button" className="table-open">
                <ActorNames actor={row} />
              </button>
            </td>
            <td>
              <span className="node-swatch" style={{ background: ACTOR_KINDS[row.kind].color }} aria-hidden="true" />
              {label(ACTOR_KINDS[row.kind].label)}
            </td>
            <td className="figure">{row.lines}</td>
            <td className="figure">{row.events}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LineTable({ rows, sort, onSort }: { rows: readonly LineRow[]; sort: ColumnSort<LineColumn>; onSort: (column: LineColumn) => void }) {
  const { t, label } = useMessages();
  const selected = useStore(viewStore, (view) => view.relation);
  const isSelected = (row: LineRow) =>
    selected !== null && selected.type === row.relation.type && selected.source === row.relation.source && selected.target === row.relation.target;
  return (
    <table className="map-table-grid" data-tab="lines">
      <thead>
        <tr>
          <SortHeader column="type" sort={sort} onSort={onSort}>
            {t.tableRelation}
          </SortHeader>
          <SortHeader column="source" sort={sort} onSort={onSort}>
            {t.tableSource}
          </SortHeader>
          <SortHeader column="target" sort={sort} onSort={onSort}>
            {t.tableTarget}
          </SortHeader>
          <SortHeader column="events" sort={sort} onSort={onSort}>
            {t.tableEvents}
          </SortHeader>
          <SortHeader column="modes" sort={sort} onSort={onSort}>
            {t.tableModes}
          </SortHeader>
          <SortHeader column="dates" sort={sort} onSort={onSort}>
            {t.tableDates}
          </SortHeader>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.edge} data-edge={row.edge} aria-selected={isSelected(row)} onClick={() => viewActions.selectRelation(row.relation)}>
            <td>
              {/* The row answers the click; the button lets the keyboard reach it. */}
              <button type="button" className="table-open">
                <RelationSwatch type={row.relation.type} />
                {label(relationSpec(row.relation.type).label)}
              </button>
            </td>
            <td>
              <ActorNames actor={row.source} />
            </td>
            <td>
              <ActorNames actor={row.target} />
            </td>
            <td className="figure">{row.count}</td>
            <td className="figure" dir="ltr">
              {row.modes ? `${row.modes.asserted} · ${row.modes.reported} · ${row.modes.announced}` : ''}
            </td>
            <td>
              <DateRange first={row.first_date} last={row.last_date} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Everything the map draws, as two tables beside it: read from the drawn graph whenever the map
 * changes, so it agrees with the map, additions and filters included. A page of rows at a time.
 */
export function MapTable() {
  const { t, language } = useMessages();
  const tab = useStore(viewStore, (view) => view.table);
  const panelOpen = useStore(viewStore, (view) => view.actor !== null || view.relation !== null);
  const network = useStore(networkStore, (state) => state);
  const [text, setText] = useState('');
  const [page, setPage] = useState(0);
  const [actorSort, setActorSort] = useState(DEFAULT_ACTOR_SORT);
  const [lineSort, setLineSort] = useState(DEFAULT_LINE_SORT);

  // The graph is refilled in place; the network's state changes with each drawing. Read once for both tabs.
  const open = tab !== null;
  const table = useMemo(() => (open && network.phase === 'ready' ? mapTable(networkGraph) : null), [open, network]);
  const actors = useMemo(() => (table && tab === 'actors' ? sortActors(table.actors, actorSort, language) : []), [table, tab, actorSort, language]);
  const lines = useMemo(() => (table && tab === 'lines' ? sortLines(table.lines, lineSort, language) : []), [table, tab, lineSort, language]);
  const matchingActors = useMemo(() => filterRows(actors, text), [actors, text]);
  const matchingLines = useMemo(() => filterRows(lines, text), [lines, text]);
  if (tab === null) return null;

  const shownActors = tablePage(matchingActors, page);
  const shownLines = tablePage(matchingLines, page);
  const [shown, matching, total] =
    tab === 'actors' ? [shownActors, matchingActors.length, table?.actors.length ?? 0] : [shownLines, matchingLines.length, table?.lines.length ?? 0];
  const tabLabel = (name: TableTab) => (name === 'actors' ? t.tableActors(table?.actors.length ?? 0) : t.tableLines(table?.lines.length ?? 0));
  return (
    <section className={panelOpen ? 'map-table beside-panel' : 'map-table'} aria-label={t.tableLabel}>
      <header className="map-table-head">
        <div role="tablist" aria-label={t.tableLabel}>
          {TABLE_TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              data-tab={name}
              aria-selected={tab === name}
              onClick={() => {
                setPage(0);
                viewActions.showTable(name);
              }}
            >
              {tabLabel(name)}
            </button>
          ))}
        </div>
        <input
          type="search"
          className="map-table-filter"
          aria-label={t.tableFilterLabel}
          placeholder={t.tableFilterPlaceholder}
          dir="auto"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setPage(0);
          }}
        />
        <button type="button" className="close" aria-label={t.tableClose} onClick={() => viewActions.showTable(null)}>
          ×
        </button>
      </header>
      <div className="map-table-body" role="tabpanel">
        {tab === 'actors' ? (
          <ActorTable
            rows={shownActors.rows}
            sort={actorSort}
            onSort={(column) => {
              // A new order starts from its first rows.
              setActorSort(nextColumnSort(actorSort, column));
              setPage(0);
            }}
          />
        ) : (
          <LineTable
            rows={shownLines.rows}
            sort={lineSort}
            onSort={(column) => {
              setLineSort(nextColumnSort(lineSort, column));
              setPage(0);
            }}
          />
        )}
        {!table ? <p className="map-table-nothing">{t.loading}</p> : matching === 0 && <p className="map-table-nothing">{t.tableNothing}</p>}
      </div>
      <footer className="map-table-foot">
        <span className="map-table-count" role="status" data-matching={matching} data-total={total}>
          {matching > 0 && t.tableShowing(shown.first, shown.last, matching, total)}
        </span>
        {shown.pages > 1 && (
          <span className="map-table-pages">
            <button type="button" className="map-table-previous" disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
              {t.tablePrevious}
            </button>
            <button type="button" className="map-table-next" disabled={shown.page >= shown.pages - 1} onClick={() => setPage(shown.page + 1)}>
              {t.tableNext}
            </button>
          </span>
        )}
      </footer>
    </section>
  );
}

import { EXPORT_FORMATS, exportNetwork, type ExportFormat } from '../core/export/index.ts';
import { useMessages } from '../core/i18n/index.ts';
import type { Messages } from '../core/i18n/messages.ts';

const FORMAT_LABELS = {
  png: 'exportPng',
  json: 'exportJson',
  gexf: 'exportGexf',
  csv: 'exportCsv',
  evidence: 'exportEvidence',
} as const satisfies Record<ExportFormat, keyof Messages>;

export function ExportMenu() {
  const { t } = useMessages();
  return (
    <details className="menu export-menu">
      <summary>{t.exportLabel}</summary>
      <div className="menu-items">
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            data-format={format}
            onClick={(event) => {
              event.currentTarget.closest('details')?.removeAttribute('open');
              void exportNetwork(format);
            }}
          >
            {t[FORMAT_LABELS[format]]}
          </button>
        ))}
      </div>
    </details>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TScores } from '../api/checkup';

type TRow = { key: string; label: string };
type TProps = {
  caption: string;
  rows: TRow[];
  now: TScores;
  before: TScores | null;
  deltas: TScores | null;
  peers: TScores | null;
};

/**
 * The numbers behind a radar chart. Always in the page for screen readers; shown on the
 * screen when the person asks for it.
 */
export function ScoreTable({ caption, rows, now, before, deltas, peers }: TProps) {
  const { t } = useTranslation();
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const score = (v: number | null | undefined) =>
    v === null || v === undefined ? <span title={t('checkup.report.noScore')}>{t('checkup.report.noScoreShort')}</span> : String(v);
  const change = (v: number | null | undefined) =>
    v === null || v === undefined ? t('checkup.report.noScoreShort') : v > 0 ? `+${v}` : String(v);

  return (
    <div className="score-table">
      <button type="button" className="btn btn-secondary" aria-expanded={isOpen} aria-controls={id} onClick={() => setIsOpen((o) => !o)}>
        {isOpen ? t('checkup.report.hideTable') : t('checkup.report.showTable')}
      </button>
      {/* Open, it may scroll sideways on a narrow phone: then it must take focus to scroll by keyboard. */}
      <div
        id={id}
        className={isOpen ? 'table-wrap' : 'sr-only'}
        {...(isOpen ? { role: 'region', 'aria-label': t('checkup.report.tableLabel', { title: caption }), tabIndex: 0 } : {})}
      >
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('checkup.report.colSection')}</th>
              <th scope="col">{t('checkup.report.colNow')}</th>
              {before ? <th scope="col">{t('checkup.report.colBefore')}</th> : null}
              {deltas ? <th scope="col">{t('checkup.report.colChange')}</th> : null}
              {peers ? <th scope="col">{t('checkup.report.colPeers')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{score(now[r.key])}</td>
                {before ? <td>{score(before[r.key])}</td> : null}
                {deltas ? <td>{change(deltas[r.key])}</td> : null}
                {peers ? <td>{score(peers[r.key])}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

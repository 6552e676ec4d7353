import { useState } from 'preact/hooks';
import { EVENT_TYPES } from '../event-types.js';
import type { Proposal, ProposalEdits } from '../types.js';

/** The fields a reviewer may change, as form text. */
export interface EditForm {
  type: string;
  actor: string;
  target: string;
  date: string;
  details: string;
  summary: string;
}

/** The form as the proposal stands: the date stays empty when the text gave none. */
export function formOf(p: Proposal): EditForm {
  return {
    type: p.type,
    actor: p.actor,
    target: p.target ?? '',
    date: p.date ?? '',
    details: p.details ? JSON.stringify(p.details) : '',
    summary: p.summary,
  };
}

/** Only what the reviewer changed, in the API's shape; a problem with the details is said, not sent. */
export function editsOf(p: Proposal, f: EditForm): { edits: ProposalEdits } | { problem: string } {
  const e: Record<string, unknown> = {};
  if (f.type !== p.type) e['type'] = f.type;
  if (f.actor.trim().toUpperCase() !== p.actor) e['actor'] = f.actor.trim().toUpperCase();
  const target = f.target.trim() === '' ? null : f.target.trim().toUpperCase();
  if (target !== p.target) e['target'] = target;
  if (f.date.trim() !== (p.date ?? '') && f.date.trim() !== '') e['date'] = f.date.trim();
  if (f.summary.trim() !== p.summary) e['summary'] = f.summary.trim();
  const details = p.details ? JSON.stringify(p.details) : '';
  if (f.details.trim() !== details && f.details.trim() !== '') {
    try {
      e['details'] = JSON.parse(f.details) as unknown;
    } catch {
      return { problem: 'details: not JSON (e.g. {"name": "Rubezh-2026"})' };
    }
  }
  return { edits: e as ProposalEdits };
}

/** The edit form of one proposal: type, actor, target, date at any precision, details and summary. */
export function ProposalEditor({ form, onChange, disabled }: { form: EditForm; onChange: (f: EditForm) => void; disabled: boolean }) {
  const [shown] = useState(() => form);
  const set = (k: keyof EditForm) => (e: Event) => onChange({ ...form, [k]: (e.target as HTMLInputElement).value });
  return (
    <fieldset class="form-grid edit" disabled={disabled} aria-label="Edit the event before accepting">
      <label>
        Type
        <select name="type" value={form.type} onChange={set('type')}>
          {EVENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        Actor <input name="actor" value={form.actor} onInput={set('actor')} maxLength={8} required />
      </label>
      <label>
        Target <input name="target" value={form.target} onInput={set('target')} maxLength={8} placeholder="none" />
      </label>
      <label>
        Date (YYYY, YYYY-MM or YYYY-MM-DD){' '}
        <input
          name="event-date"
          value={form.date}
          onInput={set('date')}
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          placeholder={shown.date === '' ? 'the text gives no date' : ''}
        />
      </label>
      <label class="wide">
        Details (JSON) <input name="details" value={form.details} onInput={set('details')} />
      </label>
      <label class="wide">
        Summary <input name="summary" value={form.summary} onInput={set('summary')} required maxLength={2000} />
      </label>
    </fieldset>
  );
}

import { useApi } from '../api.js';
import type { AuditLog } from '../types.js';

/** The append-only audit log of review decisions, newest first. */
export function AuditLog({ version }: { version: number }) {
  const log = useApi<AuditLog>('/api/audit?limit=50', version);
  return (
    <div class="card">
      <h2>Audit log</h2>
      <table class="compact" data-testid="audit-log">
        <caption>Who accepted, rejected or retracted what, when and why (nothing is ever removed from it)</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Proposal</th>
            <th scope="col">Event</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {(log.data?.entries ?? []).map((e) => (
            <tr key={e.seq}>
              <td class="num">{e.seq}</td>
              <td>{e.at.slice(0, 19).replace('T', ' ')}</td>
              <td>{e.who}</td>
              <td>{e.action}</td>
              <td>
                <a href={`#/review/${e.proposal_id}`}>{e.proposal_id}</a>
              </td>
              <td>{e.event_id}</td>
              <td>{e.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { Link } from 'react-router';
import { exportUrl } from '../../api/index.ts';

/**
 * What the administrator and the coordinator do on a case file (docs/security.md): the access log
 * (administrator only) and the GDPR export, as a readable PDF or as JSON.
 */
export function CaseFileAdminLinks({ householdId, role }: { householdId: string; role: string }) {
  if (role !== 'admin' && role !== 'coordinateur') return null;
  return (
    <section aria-labelledby="administration-dossier">
      <h2 id="administration-dossier">Administration du dossier</h2>
      <ul>
        {role === 'admin' && (
          <li>
            <Link to={`/suivi/menages/${householdId}/journal`}>
              Journal d’accès : qui a consulté ce dossier
            </Link>
          </li>
        )}
        <li>
          <a href={exportUrl(householdId, 'pdf')} download>
            Export RGPD de tout ce qui est détenu sur le ménage, en PDF
          </a>
        </li>
        <li>
          <a href={exportUrl(householdId, 'json')} download>
            Le même export en JSON
          </a>
        </li>
      </ul>
    </section>
  );
}

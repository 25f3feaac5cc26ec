import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { usePageTitle } from '../../app/page-title.ts';
import { useAuthenticatedSession } from '../../session/session-context.tsx';
import { homeTilesFor } from './home-tiles.ts';

/** /: the home page of the logged-in user, with what their role will be able to do. */
export function HomePage() {
  const { user, membership } = useAuthenticatedSession();
  usePageTitle('Accueil');
  const tiles = homeTilesFor(membership.role);

  return (
    <>
      <h1>Bonjour {user.displayName}</h1>
      <dl className="znr-identity">
        <div>
          <dt>Rôle</dt>
          <dd>{membership.roleLabel}</dd>
        </div>
        <div>
          <dt>Organisation</dt>
          <dd>
            {membership.organisation.name} ({membership.organisation.typeLabel})
          </dd>
        </div>
        <div>
          <dt>Territoire</dt>
          <dd>{membership.territory.name}</dd>
        </div>
      </dl>

      <h2 className="fr-mt-6w">Vos outils</h2>
      <p>
        La plateforme ouvre par étapes. Voici ce qui arrive pour votre rôle ; chaque outil
        apparaîtra ici dès qu'il sera prêt.
      </p>
      {tiles.length === 0 ? (
        <p className="fr-text--bold">
          Aucun outil n'est encore prévu pour votre rôle dans cette version. Votre administrateur
          pourra vous dire ce qui arrive.
        </p>
      ) : (
        <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
          {tiles.map((tile) => (
            <li key={tile.id} className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
              <Card
                title={tile.title}
                titleAs="h3"
                desc={tile.description}
                {...(tile.link ? { linkProps: { to: tile.link } } : {})}
                start={
                  tile.status === 'disponible' ? undefined : (
                    <ul className="fr-badges-group">
                      <li>
                        <Badge severity="new" small>
                          Bientôt disponible
                        </Badge>
                      </li>
                    </ul>
                  )
                }
                end={<p className="fr-card__detail">{tile.audience}</p>}
                border
                size="small"
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

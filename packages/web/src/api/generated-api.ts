// Generated from GET /api/openapi.json by packages/server/src/http/web-api-types.test.ts
// (`npm run api:types`): do not edit; change the server’s zod schemas instead.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** État du service : base de données joignable et version du schéma */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            database: "ok";
                            /** @description Nom de la dernière migration appliquée */
                            migration: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Savoir qui est connecté : personne, organisation, territoire et rôle */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                                displayName: string;
                            };
                            /** @description Appartenance active de la session */
                            membership: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "ambassadeur" | "travailleur_social" | "coordinateur" | "pilote" | "evaluateur" | "admin";
                                /** @description Libellé du rôle, en français */
                                roleLabel: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    type: "caf" | "cpam" | "msa" | "carsat" | "ccas_cias" | "maison_metropole_departement" | "bailleur_social" | "association" | "pimms_france_services" | "collectivite" | "service_etat";
                                    /** @description Libellé du type d’organisation, en français */
                                    typeLabel: string;
                                    /** @description Adresse postale, imprimée sur la copie du bilan */
                                    address: string | null;
                                    /** @description Téléphone d’accueil */
                                    phone: string | null;
                                    /** @description Adresse e-mail de contact */
                                    email: string | null;
                                };
                                territory: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            };
                            /** @description Toutes les appartenances de la personne */
                            memberships: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "ambassadeur" | "travailleur_social" | "coordinateur" | "pilote" | "evaluateur" | "admin";
                                /** @description Libellé du rôle, en français */
                                roleLabel: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    type: "caf" | "cpam" | "msa" | "carsat" | "ccas_cias" | "maison_metropole_departement" | "bailleur_social" | "association" | "pimms_france_services" | "collectivite" | "service_etat";
                                    /** @description Libellé du type d’organisation, en français */
                                    typeLabel: string;
                                    /** @description Adresse postale, imprimée sur la copie du bilan */
                                    address: string | null;
                                    /** @description Téléphone d’accueil */
                                    phone: string | null;
                                    /** @description Adresse e-mail de contact */
                                    email: string | null;
                                };
                                territory: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Se connecter avec une adresse e-mail et un mot de passe
         * @description Ouvre une session (cookie znr_session, HttpOnly). Au plus 10 tentatives par adresse IP et adresse e-mail en 15 minutes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Adresse e-mail du compte
                         */
                        email: string;
                        /** @description Mot de passe */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                                displayName: string;
                            };
                            /** @description Appartenance active de la session */
                            membership: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "ambassadeur" | "travailleur_social" | "coordinateur" | "pilote" | "evaluateur" | "admin";
                                /** @description Libellé du rôle, en français */
                                roleLabel: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    type: "caf" | "cpam" | "msa" | "carsat" | "ccas_cias" | "maison_metropole_departement" | "bailleur_social" | "association" | "pimms_france_services" | "collectivite" | "service_etat";
                                    /** @description Libellé du type d’organisation, en français */
                                    typeLabel: string;
                                    /** @description Adresse postale, imprimée sur la copie du bilan */
                                    address: string | null;
                                    /** @description Téléphone d’accueil */
                                    phone: string | null;
                                    /** @description Adresse e-mail de contact */
                                    email: string | null;
                                };
                                territory: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            };
                            /** @description Toutes les appartenances de la personne */
                            memberships: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "ambassadeur" | "travailleur_social" | "coordinateur" | "pilote" | "evaluateur" | "admin";
                                /** @description Libellé du rôle, en français */
                                roleLabel: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    type: "caf" | "cpam" | "msa" | "carsat" | "ccas_cias" | "maison_metropole_departement" | "bailleur_social" | "association" | "pimms_france_services" | "collectivite" | "service_etat";
                                    /** @description Libellé du type d’organisation, en français */
                                    typeLabel: string;
                                    /** @description Adresse postale, imprimée sur la copie du bilan */
                                    address: string | null;
                                    /** @description Téléphone d’accueil */
                                    phone: string | null;
                                    /** @description Adresse e-mail de contact */
                                    email: string | null;
                                };
                                territory: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        /** Se déconnecter : la session est supprimée et le cookie effacé */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Déconnecté */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les ménages visibles, avec recherche par nom, date de naissance ou téléphone */
        get: {
            parameters: {
                query?: {
                    /** @description Nom ou prénom (même mal orthographié), date de naissance (JJ/MM/AAAA) ou téléphone, dans une seule saisie */
                    q?: string;
                    /** @description Date de naissance, JJ/MM/AAAA ou AAAA-MM-JJ */
                    birthDate?: string;
                    /** @description Téléphone, tel qu’il est saisi */
                    phone?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Le ménage appartient à mon organisation (sinon : orientation reçue) */
                            owned: boolean;
                            commune: string | null;
                            quartier: string | null;
                            lastActivityAt: string;
                            persons: {
                                firstName: string;
                                lastName: string;
                                birthDate: string | null;
                            }[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Ouvrir le dossier d’un ménage avec ses personnes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Adresse postale */
                        address?: string | null;
                        /** @description Code INSEE de la commune */
                        inseeCode?: string | null;
                        commune?: string | null;
                        quartier?: string | null;
                        /** @description Quartier prioritaire de la politique de la ville */
                        qpv?: boolean;
                        /**
                         * @description Déjà suivi par un travailleur social : oui, non, inconnu (ne sait pas)
                         * @enum {string|null}
                         */
                        socialFollowUp?: "oui" | "non" | "inconnu" | null;
                        /** @description Rencontré lors d’une action d’aller-vers dont le décompte l’inclut déjà */
                        metInOutreach?: boolean;
                        /** @description Personnes du ménage */
                        persons: {
                            /**
                             * @description Place dans le ménage
                             * @enum {string}
                             */
                            role: "demandeur" | "conjoint" | "enfant" | "autre";
                            /** @description Prénom */
                            firstName: string;
                            /** @description Nom */
                            lastName: string;
                            /**
                             * Format: date
                             * @description Date au format AAAA-MM-JJ
                             */
                            birthDate?: string | null;
                            phone?: string | null;
                            /** Format: email */
                            email?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lire le dossier d’un ménage : personnes, consentements, bilans, droits, orientations, tâches */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            owned: boolean;
                            address: string | null;
                            inseeCode: string | null;
                            commune: string | null;
                            quartier: string | null;
                            qpv: boolean;
                            /** @enum {string|null} */
                            socialFollowUp: "oui" | "non" | "inconnu" | null;
                            metInOutreach: boolean;
                            /** @description Accompagnement clos le (sinon en cours) */
                            closedAt: string | null;
                            /** @description Résultat de l’accompagnement, une fois clos */
                            outcome: string | null;
                            lastActivityAt: string;
                            persons: {
                                id: string;
                                /** @enum {string} */
                                role: "demandeur" | "conjoint" | "enfant" | "autre";
                                firstName: string;
                                lastName: string;
                                birthDate: string | null;
                                phone: string | null;
                                email: string | null;
                            }[];
                            consents: {
                                id: string;
                                personId: string | null;
                                /** @enum {string} */
                                scope: "bilan" | "partage" | "recontact";
                                partnerOrganisationId: string | null;
                                /** @enum {string} */
                                method: "oral" | "ecrit";
                                recordedBy: string | null;
                                /** @description Date et heure ISO 8601 */
                                recordedAt: string;
                                /** @description Date et heure ISO 8601 */
                                withdrawnAt: string | null;
                                givenOn: string;
                            }[];
                            bilans: {
                                id: string;
                                period: string;
                                engineVersion: string;
                                parametersVersion: string;
                                authorId: string | null;
                                /** @description Date et heure ISO 8601 */
                                createdAt: string;
                            }[];
                            rights: {
                                id: string;
                                householdId: string;
                                organisationId: string;
                                benefit: string;
                                /** @enum {string} */
                                stage: "identifie" | "demarche_a_faire" | "demarche_engagee" | "ouvert" | "refuse" | "abandonne" | "non_eligible";
                                /** @description Libellé de l’étape, en français */
                                stageLabel: string;
                                inChargeOrganisationId: string | null;
                                /** @description Montant mensuel en euros */
                                estimatedMonthly: number | null;
                                /** @description Montant mensuel en euros */
                                actualMonthly: number | null;
                                /** @enum {string|null} */
                                closureReason: "ressources_trop_elevees" | "conditions_non_remplies" | "pieces_manquantes" | "personne_injoignable" | "renoncement" | "demenagement" | "autre" | null;
                                closureNote: string | null;
                                bilanId: string | null;
                                /** @description Date et heure ISO 8601 */
                                createdAt: string;
                                /** @description Date et heure ISO 8601 */
                                updatedAt: string;
                                history: {
                                    rightId: string;
                                    /** @enum {string} */
                                    stage: "identifie" | "demarche_a_faire" | "demarche_engagee" | "ouvert" | "refuse" | "abandonne" | "non_eligible";
                                    stageLabel: string;
                                    /** @description Date et heure ISO 8601 */
                                    changedAt: string;
                                    changedByOrganisationId: string | null;
                                }[];
                            }[];
                            referrals: {
                                id: string;
                                householdId: string;
                                fromOrganisationId: string;
                                toOrganisationId: string;
                                consentId: string;
                                purpose: string;
                                shares: ("personnes" | "bilans" | "droits")[];
                                /** @enum {string} */
                                status: "envoyee" | "acceptee" | "refusee" | "cloturee";
                                refusalReason: string | null;
                                outcome: string | null;
                                createdBy: string | null;
                                /** @description Date et heure ISO 8601 */
                                createdAt: string;
                                /** @description Date et heure ISO 8601 */
                                answeredAt: string | null;
                                /** @description Date et heure ISO 8601 */
                                closedAt: string | null;
                            }[];
                            tasks: {
                                id: string;
                                title: string;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                /** @enum {string} */
                                status: "a_faire" | "faite";
                                outcome: string | null;
                                dueOn: string | null;
                                /** @description Date et heure ISO 8601 */
                                createdAt: string;
                                /** @description Date et heure ISO 8601 */
                                closedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Effacer le ménage à la demande de la personne (droit à l’effacement RGPD) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Modifier l’adresse d’un ménage de son organisation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Adresse postale */
                        address?: string | null;
                        /** @description Code INSEE de la commune */
                        inseeCode?: string | null;
                        commune?: string | null;
                        quartier?: string | null;
                        /** @description Quartier prioritaire de la politique de la ville */
                        qpv?: boolean;
                        /**
                         * @description Déjà suivi par un travailleur social : oui, non, inconnu (ne sait pas)
                         * @enum {string|null}
                         */
                        socialFollowUp?: "oui" | "non" | "inconnu" | null;
                        /** @description Rencontré lors d’une action d’aller-vers dont le décompte l’inclut déjà */
                        metInOutreach?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/households/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exporter tout ce qui est détenu sur le ménage (droit d’accès RGPD), en JSON */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Qui a consulté ou modifié ce ménage (administrateur), filtrable par organisation, compte, action et dates */
        get: {
            parameters: {
                query?: {
                    /** @description Organisation qui a agi */
                    organisationId?: string;
                    /** @description Compte qui a agi */
                    userId?: string;
                    /** @description Action : lecture, creation, modification, export, relance… */
                    action?: string;
                    /** @description Depuis ce jour inclus */
                    from?: string;
                    /** @description Jusqu’à ce jour inclus */
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            seq: number;
                            at: string;
                            action: string;
                            entity: string;
                            entityId: string | null;
                            userId: string | null;
                            organisationId: string | null;
                            userName: string | null;
                            organisationName: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les consentements du ménage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Enregistrer un consentement (bilan, partage avec un partenaire, recontact) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        scope: "bilan" | "partage" | "recontact";
                        /** @enum {string} */
                        method: "oral" | "ecrit";
                        /**
                         * Format: date
                         * @description Date au format AAAA-MM-JJ
                         */
                        givenOn: string;
                        /** Format: uuid */
                        personId?: string | null;
                        /** Format: uuid */
                        partnerOrganisationId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consents/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retirer un consentement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/bilans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les bilans du ménage, du plus récent au plus ancien */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Enregistrer un bilan de droits au dossier (consentement « bilan » requis ; même clientId : pas de doublon) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Version du moteur de règles */
                        version: string;
                        parametersVersion?: string;
                        date?: string;
                        /** @description Mois calculé, AAAA-MM */
                        period: string;
                        answers: unknown;
                        situation: unknown;
                        results: unknown;
                        /**
                         * Format: uuid
                         * @description Identifiant donné par l’appareil : un envoi répété n’enregistre pas deux fois
                         */
                        clientId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            householdId: string;
                            created: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            householdId: string;
                            created: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les droits suivis du ménage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Suivre un droit pour le ménage (depuis un bilan : un clic) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        stage?: "identifie" | "demarche_a_faire" | "demarche_engagee" | "ouvert" | "refuse" | "abandonne" | "non_eligible";
                        /** Format: uuid */
                        inChargeOrganisationId?: string | null;
                        estimatedMonthly?: number | null;
                        actualMonthly?: number | null;
                        /** @enum {string|null} */
                        closureReason?: "ressources_trop_elevees" | "conditions_non_remplies" | "pieces_manquantes" | "personne_injoignable" | "renoncement" | "demenagement" | "autre" | null;
                        closureNote?: string | null;
                        /**
                         * @description Prestation, identifiant de @znr/rules (rsa, ppa, aide_logement…)
                         * @enum {string}
                         */
                        benefit: "rsa" | "ppa" | "aide_logement" | "af" | "cf" | "asf" | "ars" | "paje_base" | "aah" | "aspa" | "asi" | "css" | "cheque_energie" | "bouclier_eau";
                        /** Format: uuid */
                        bilanId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rights/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lire un droit suivi */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Faire avancer un droit suivi (étape, montants, organisme, motif) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        stage?: "identifie" | "demarche_a_faire" | "demarche_engagee" | "ouvert" | "refuse" | "abandonne" | "non_eligible";
                        /** Format: uuid */
                        inChargeOrganisationId?: string | null;
                        estimatedMonthly?: number | null;
                        actualMonthly?: number | null;
                        /** @enum {string|null} */
                        closureReason?: "ressources_trop_elevees" | "conditions_non_remplies" | "pieces_manquantes" | "personne_injoignable" | "renoncement" | "demenagement" | "autre" | null;
                        closureNote?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lire une personne d’un ménage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifier une personne d’un ménage de son organisation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Place dans le ménage
                         * @enum {string}
                         */
                        role?: "demandeur" | "conjoint" | "enfant" | "autre";
                        /** @description Prénom */
                        firstName?: string;
                        /** @description Nom */
                        lastName?: string;
                        /**
                         * Format: date
                         * @description Date au format AAAA-MM-JJ
                         */
                        birthDate?: string | null;
                        phone?: string | null;
                        /** Format: email */
                        email?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/households/{id}/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les personnes du ménage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Ajouter une personne au ménage (nom, naissance, contact, place dans le ménage) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Place dans le ménage
                         * @enum {string}
                         */
                        role: "demandeur" | "conjoint" | "enfant" | "autre";
                        /** @description Prénom */
                        firstName: string;
                        /** @description Nom */
                        lastName: string;
                        /**
                         * Format: date
                         * @description Date au format AAAA-MM-JJ
                         */
                        birthDate?: string | null;
                        phone?: string | null;
                        /** Format: email */
                        email?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lire un consentement (portée, date, forme, qui l’a noté, retrait) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Modifier un consentement : le retirer (`withdrawn: true`), par son organisation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        withdrawn: true;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/bilans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lire un bilan enregistré, avec sa situation et ses résultats */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lire une orientation (organisation qui l’a envoyée ou qui l’a reçue) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Accepter, refuser (avec motif) ou clôturer (avec résultat) une orientation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "acceptee";
                    } | {
                        /** @enum {string} */
                        status: "refusee";
                        reason: string;
                    } | {
                        /** @enum {string} */
                        status: "cloturee";
                        outcome: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/households/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les orientations du ménage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Orienter le ménage vers une organisation partenaire, avec le consentement de la personne */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        toOrganisationId: string;
                        /** @description Objet de l’orientation */
                        purpose: string;
                        /** @description Parties du dossier partagées */
                        shares: ("personnes" | "bilans" | "droits")[];
                        /** @description Consentement de la personne au partage avec cette organisation */
                        consent: {
                            /** @enum {string} */
                            method: "oral" | "ecrit";
                            /**
                             * Format: date
                             * @description Date au format AAAA-MM-JJ
                             */
                            givenOn: string;
                            /** Format: uuid */
                            personId?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referral-messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lire un message d’orientation (les deux organisations seulement) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bilans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enregistrer au dossier un bilan fait sur l’appareil, avec le consentement de la personne (ménage existant ou nouveau) ; renvoyé avec le même clientId, il n’est pas enregistré deux fois */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifiant donné par l’appareil au bilan
                         */
                        clientId: string;
                        /** @description Ménage existant de mon organisation, ou nouveau dossier */
                        household: {
                            /** Format: uuid */
                            id: string;
                        } | {
                            create: {
                                /** @description Adresse postale */
                                address?: string | null;
                                /** @description Code INSEE de la commune */
                                inseeCode?: string | null;
                                commune?: string | null;
                                quartier?: string | null;
                                /** @description Quartier prioritaire de la politique de la ville */
                                qpv?: boolean;
                                /**
                                 * @description Déjà suivi par un travailleur social : oui, non, inconnu (ne sait pas)
                                 * @enum {string|null}
                                 */
                                socialFollowUp?: "oui" | "non" | "inconnu" | null;
                                /** @description Rencontré lors d’une action d’aller-vers dont le décompte l’inclut déjà */
                                metInOutreach?: boolean;
                                /** @description Personnes du ménage */
                                persons: {
                                    /**
                                     * @description Place dans le ménage
                                     * @enum {string}
                                     */
                                    role: "demandeur" | "conjoint" | "enfant" | "autre";
                                    /** @description Prénom */
                                    firstName: string;
                                    /** @description Nom */
                                    lastName: string;
                                    /**
                                     * Format: date
                                     * @description Date au format AAAA-MM-JJ
                                     */
                                    birthDate?: string | null;
                                    phone?: string | null;
                                    /** Format: email */
                                    email?: string | null;
                                }[];
                            };
                        };
                        /** @description Consentement de la personne à l’enregistrement du bilan */
                        consent: {
                            /** @enum {string} */
                            method: "oral" | "ecrit";
                            /**
                             * Format: date
                             * @description Date au format AAAA-MM-JJ
                             */
                            givenOn: string;
                        };
                        bilan: {
                            /** @description Version du moteur de règles */
                            version: string;
                            parametersVersion?: string;
                            date?: string;
                            /** @description Mois calculé, AAAA-MM */
                            period: string;
                            answers: unknown;
                            situation: unknown;
                            results: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            householdId: string;
                            created: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            householdId: string;
                            created: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chronologie du ménage : consentements, bilans, étapes des droits, orientations, tâches */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            /** @description menage, consentement, bilan, droit, orientation, tache, cloture */
                            kind: string;
                            /** @description Ce qui s’est passé, en français */
                            label: string;
                            organisationName: string | null;
                            entityId: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/export.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exporter tout ce qui est détenu sur le ménage (droit d’accès RGPD), en PDF lisible */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Document PDF balisé, en français */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bilans/{id}/rerun": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Relancer un bilan avec la loi d’aujourd’hui : ce qui change pour chaque droit (sans enregistrer) */
        get: {
            parameters: {
                query?: {
                    /** @description Mois à calculer (le mois en cours par défaut) */
                    period?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            bilanId: string;
                            /** Format: uuid */
                            householdId: string;
                            before: {
                                period: string;
                                engineVersion: string;
                                parametersVersion: string;
                                createdAt: string;
                            };
                            after: {
                                period: string;
                                engineVersion: string;
                                parametersVersion: string;
                            };
                            benefits: {
                                id: string;
                                label: string;
                                periodicity: string;
                                before: {
                                    eligible: boolean;
                                    amount: number;
                                } | null;
                                after: {
                                    eligible: boolean;
                                    amount: number;
                                };
                                /** @description Après − avant, en euros */
                                difference: number;
                            }[];
                            /** @description Adultes et enfants de la famille : au bilan, et au dossier aujourd’hui */
                            composition: {
                                bilan: {
                                    adults: number;
                                    children: number;
                                };
                                household: {
                                    adults: number;
                                    children: number;
                                };
                                changed: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Enregistrer le bilan relancé avec la loi d’aujourd’hui comme nouveau bilan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Mois à calculer (le mois en cours par défaut) */
                        period?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations partenaires de mon territoire (vers qui orienter) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            type: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Boîte des orientations de mon organisation, avec les nombres par état */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            /** @description Orientations reçues encore « envoyées » après le délai de relance */
                            waiting: number;
                            /** @description Délai de relance, en jours (ZNR_REFERRAL_REMINDER_DAYS) */
                            reminderAfterDays: number;
                            received: {
                                id: string;
                                householdId: string;
                                purpose: string;
                                /** @enum {string} */
                                status: "envoyee" | "acceptee" | "refusee" | "cloturee";
                                refusalReason: string | null;
                                outcome: string | null;
                                shares: ("personnes" | "bilans" | "droits")[];
                                /** @description Date et heure ISO 8601 */
                                createdAt: string;
                                fromOrganisationId: string;
                                toOrganisationId: string;
                                fromName: string;
                                toName: string;
                                /** @description Âge en jours */
                                ageDays: number;
                                /** @description Encore « envoyée » après le délai de relance */
                                waiting: boolean;
                                messageCount: number;
                                /** @description Date et heure ISO 8601 */
                                lastReminderAt: string | null;
                            }[];
                            sent: {
                                id: string;
                                householdId: string;
                                purpose: string;
                                /** @enum {string} */
                                status: "envoyee" | "acceptee" | "refusee" | "cloturee";
                                refusalReason: string | null;
                                outcome: string | null;
                                shares: ("personnes" | "bilans" | "droits")[];
                                /** @description Date et heure ISO 8601 */
                                createdAt: string;
                                fromOrganisationId: string;
                                toOrganisationId: string;
                                fromName: string;
                                toName: string;
                                /** @description Âge en jours */
                                ageDays: number;
                                /** @description Encore « envoyée » après le délai de relance */
                                waiting: boolean;
                                messageCount: number;
                                /** @description Date et heure ISO 8601 */
                                lastReminderAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages d’une orientation (les deux organisations seulement) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            body: string;
                            /** @enum {string} */
                            kind: "message" | "relance";
                            createdAt: string;
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            authorName: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Écrire à l’autre organisation de l’orientation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Texte du message */
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/reminder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Relancer une orientation restée sans réponse (organisation qui l’a envoyée), en un clic */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les tâches de mon organisation (ou les miennes), en retard et du jour d’abord */
        get: {
            parameters: {
                query?: {
                    /** @description Seulement les tâches qui me sont confiées */
                    mine?: "true" | "false";
                    status?: "a_faire" | "faite";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            householdId: string;
                            /** @description Demandeur du ménage, si les personnes sont visibles */
                            householdName: string | null;
                            title: string;
                            dueOn: string | null;
                            /** @enum {string} */
                            dueState: "en_retard" | "aujourdhui" | "a_venir" | "sans_date";
                            assigneeId: string | null;
                            assigneeName: string | null;
                            /** @enum {string} */
                            status: "a_faire" | "faite";
                            outcome: string | null;
                            createdAt: string;
                            closedAt: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lire une tâche de mon organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            householdId: string;
                            /** @description Demandeur du ménage, si les personnes sont visibles */
                            householdName: string | null;
                            title: string;
                            dueOn: string | null;
                            /** @enum {string} */
                            dueState: "en_retard" | "aujourdhui" | "a_venir" | "sans_date";
                            assigneeId: string | null;
                            assigneeName: string | null;
                            /** @enum {string} */
                            status: "a_faire" | "faite";
                            outcome: string | null;
                            createdAt: string;
                            closedAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Supprimer une tâche de mon organisation (créée par erreur ou devenue sans objet) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Modifier une tâche, la clore avec son résultat ou la rouvrir */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Ce qu’il faut faire */
                        title?: string;
                        /**
                         * Format: date
                         * @description Échéance, AAAA-MM-JJ
                         */
                        dueOn?: string | null;
                        /**
                         * Format: uuid
                         * @description Membre de l’organisation chargé de la tâche
                         */
                        assigneeId?: string | null;
                        /**
                         * @description a_faire, ou faite (avec son résultat)
                         * @enum {string}
                         */
                        status?: "a_faire" | "faite";
                        /** @description Résultat de la tâche */
                        outcome?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/households/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Créer une tâche de suivi (échéance, membre de mon organisation chargé) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Ce qu’il faut faire */
                        title: string;
                        /**
                         * Format: date
                         * @description Échéance, AAAA-MM-JJ
                         */
                        dueOn?: string | null;
                        /**
                         * Format: uuid
                         * @description Membre de l’organisation chargé de la tâche
                         */
                        assigneeId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clore l’accompagnement du ménage avec son résultat (organisation du ménage) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Résultat de l’accompagnement */
                        outcome: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        /** Rouvrir l’accompagnement du ménage */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Membres de mon organisation (à qui confier une tâche) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            role: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catalogue des champs partagés (identité et attributs) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            name: "nom" | "nom_naissance" | "prenoms" | "date_naissance" | "sexe" | "numero_voie" | "adresse" | "complement_adresse" | "code_postal" | "commune" | "telephone" | "email" | "code_insee" | "statut_occupation" | "loyer_mensuel" | "dette_loyer" | "mois_impayes" | "salaire_net_mensuel" | "pension_mensuelle" | "revenus_mensuels_foyer" | "nb_personnes_foyer" | "nb_enfants" | "aide_logement_percue" | "prime_activite_percue" | "rsa_percu" | "aspa_percue" | "aah_percue" | "css" | "facture_eau_annuelle" | "cheque_energie_percu";
                            label: string;
                            /** @enum {string} */
                            kind: "identite" | "attribut";
                            type: string;
                            unit?: string;
                            values?: string[];
                            headers: string[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conventions de partage de données visibles (parties, coordination du territoire) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            purpose: string;
                            legalBasis: string;
                            parties: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            fields: ("nom" | "nom_naissance" | "prenoms" | "date_naissance" | "sexe" | "numero_voie" | "adresse" | "complement_adresse" | "code_postal" | "commune" | "telephone" | "email" | "code_insee" | "statut_occupation" | "loyer_mensuel" | "dette_loyer" | "mois_impayes" | "salaire_net_mensuel" | "pension_mensuelle" | "revenus_mensuels_foyer" | "nb_personnes_foyer" | "nb_enfants" | "aide_logement_percue" | "prime_activite_percue" | "rsa_percu" | "aspa_percue" | "aah_percue" | "css" | "facture_eau_annuelle" | "cheque_energie_percu")[];
                            retentionMonths: number;
                            dpoContact: string;
                            validFrom: string;
                            validTo: string;
                            /** @enum {string} */
                            status: "brouillon" | "active" | "suspendue" | "terminee";
                            /** @description Active et dans ses dates aujourd’hui */
                            usable: boolean;
                            /** @description Pourquoi rien ne peut tourner, sinon null */
                            refusal: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Créer une convention (en brouillon) ; sa clé de pseudonymisation est tirée à part */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Intitulé de la convention */
                        title: string;
                        /** @description Finalité du traitement */
                        purpose: string;
                        /** @description Base légale, par exemple « article L.114-8 du CRPA (loi 3DS) » */
                        legalBasis: string;
                        /** @description Organisations parties à la convention */
                        parties: string[];
                        /** @description Champs partagés (noms du catalogue) */
                        fields: ("nom" | "nom_naissance" | "prenoms" | "date_naissance" | "sexe" | "numero_voie" | "adresse" | "complement_adresse" | "code_postal" | "commune" | "telephone" | "email" | "code_insee" | "statut_occupation" | "loyer_mensuel" | "dette_loyer" | "mois_impayes" | "salaire_net_mensuel" | "pension_mensuelle" | "revenus_mensuels_foyer" | "nb_personnes_foyer" | "nb_enfants" | "aide_logement_percue" | "prime_activite_percue" | "rsa_percu" | "aspa_percue" | "aah_percue" | "css" | "facture_eau_annuelle" | "cheque_energie_percu")[];
                        /** @description Durée de conservation, en mois */
                        retentionMonths: number;
                        /** @description Contact du délégué à la protection des données */
                        dpoContact: string;
                        /**
                         * Format: date
                         * @description Date au format AAAA-MM-JJ
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description Date au format AAAA-MM-JJ
                         */
                        validTo: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une convention */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            purpose: string;
                            legalBasis: string;
                            parties: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            fields: ("nom" | "nom_naissance" | "prenoms" | "date_naissance" | "sexe" | "numero_voie" | "adresse" | "complement_adresse" | "code_postal" | "commune" | "telephone" | "email" | "code_insee" | "statut_occupation" | "loyer_mensuel" | "dette_loyer" | "mois_impayes" | "salaire_net_mensuel" | "pension_mensuelle" | "revenus_mensuels_foyer" | "nb_personnes_foyer" | "nb_enfants" | "aide_logement_percue" | "prime_activite_percue" | "rsa_percu" | "aspa_percue" | "aah_percue" | "css" | "facture_eau_annuelle" | "cheque_energie_percu")[];
                            retentionMonths: number;
                            dpoContact: string;
                            validFrom: string;
                            validTo: string;
                            /** @enum {string} */
                            status: "brouillon" | "active" | "suspendue" | "terminee";
                            /** @description Active et dans ses dates aujourd’hui */
                            usable: boolean;
                            /** @description Pourquoi rien ne peut tourner, sinon null */
                            refusal: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        /**
         * Modifier les termes d’une convention (avenant) : parties, champs, dates, conservation, DPO…
         * @description Mêmes contrôles qu’à la création ; refusé pour une convention terminée. Les termes remplacés sont gardés dans l’historique, la modification est tracée.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Intitulé de la convention */
                        title: string;
                        /** @description Finalité du traitement */
                        purpose: string;
                        /** @description Base légale, par exemple « article L.114-8 du CRPA (loi 3DS) » */
                        legalBasis: string;
                        /** @description Organisations parties à la convention */
                        parties: string[];
                        /** @description Champs partagés (noms du catalogue) */
                        fields: ("nom" | "nom_naissance" | "prenoms" | "date_naissance" | "sexe" | "numero_voie" | "adresse" | "complement_adresse" | "code_postal" | "commune" | "telephone" | "email" | "code_insee" | "statut_occupation" | "loyer_mensuel" | "dette_loyer" | "mois_impayes" | "salaire_net_mensuel" | "pension_mensuelle" | "revenus_mensuels_foyer" | "nb_personnes_foyer" | "nb_enfants" | "aide_logement_percue" | "prime_activite_percue" | "rsa_percu" | "aspa_percue" | "aah_percue" | "css" | "facture_eau_annuelle" | "cheque_energie_percu")[];
                        /** @description Durée de conservation, en mois */
                        retentionMonths: number;
                        /** @description Contact du délégué à la protection des données */
                        dpoContact: string;
                        /**
                         * Format: date
                         * @description Date au format AAAA-MM-JJ
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description Date au format AAAA-MM-JJ
                         */
                        validTo: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/agreements/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Historique des modifications d’une convention */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            changedAt: string;
                            /** @description Nom de la personne, null si son compte a disparu */
                            changedBy: string | null;
                            changes: {
                                /**
                                 * @description Terme modifié (nom du champ de la convention)
                                 * @enum {string}
                                 */
                                term: "title" | "purpose" | "legalBasis" | "parties" | "fields" | "retentionMonths" | "dpoContact" | "validFrom" | "validTo";
                                before: unknown;
                                after: unknown;
                            }[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/agreements/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Activer, suspendre ou terminer une convention */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "brouillon" | "active" | "suspendue" | "terminee";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/reperage/agreements/{id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imports d’une convention (ceux de mon organisation ; tous pour la coordination) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            agreementId: string;
                            organisation: string;
                            partner: string;
                            fileName: string;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            /** @enum {string} */
                            status: "en_attente" | "en_cours" | "terminee" | "echouee";
                            progress: number;
                            rowsTotal: number;
                            rowsValid: number;
                            rowsRejected: number;
                            error: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Déposer un fichier de partenaire (CSV ou XLSX, multipart, champ « fichier ») : en-tête, premières lignes et correspondance proposée */
        post: {
            parameters: {
                query: {
                    /** @description Source du fichier, par exemple « Bailleur Est Métropole » */
                    partner: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            uploadId: string;
                            fileName: string;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            bytes: number;
                            header: string[];
                            /** @description Premières lignes, pour vérifier la correspondance */
                            rows: string[][];
                            /** @description Correspondance proposée (enregistrée pour ce partenaire ou reconnue) */
                            mapping: {
                                [key: string]: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Importer un fichier déposé sous une convention, avec sa correspondance de colonnes (tâche de fond) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        uploadId: string;
                        /** Format: uuid */
                        agreementId: string;
                        partner: string;
                        fileName: string;
                        mapping: {
                            [key: string]: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Ce fichier avait déjà été importé sous cette convention */
                            existing: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un import : avancement, comptes et lignes rejetées (ligne, colonne, motif) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            agreementId: string;
                            organisation: string;
                            partner: string;
                            fileName: string;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            /** @enum {string} */
                            status: "en_attente" | "en_cours" | "terminee" | "echouee";
                            progress: number;
                            rowsTotal: number;
                            rowsValid: number;
                            rowsRejected: number;
                            error: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                            mapping: {
                                [key: string]: string | null;
                            };
                            report: {
                                line: number;
                                column: string | null;
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/agreements/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rapprochements d’une convention */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            agreementId: string;
                            importIds: string[];
                            /** @enum {string} */
                            status: "en_attente" | "en_cours" | "terminee" | "echouee";
                            progress: number;
                            stage: string | null;
                            /** @description Paires, grappes, paramètres m/u, précision et rappel estimés */
                            quality: {
                                threshold: number;
                                records: number;
                                clusters: number;
                                clustersBySize: {
                                    [key: string]: number;
                                };
                                pairs: {
                                    leftImportId: string;
                                    rightImportId: string;
                                    leftRecords: number;
                                    rightRecords: number;
                                    candidatePairs: number;
                                    keptPairs: number;
                                    expectedPrecision: number;
                                    expectedRecall: number;
                                    estimatedMatches: number;
                                    fields: {
                                        name: string;
                                        label: string;
                                        levels: string[];
                                        m: number[];
                                        u: number[];
                                    }[];
                                }[];
                                seconds: number;
                            } | null;
                            error: string | null;
                            startedAt: string;
                            finishedAt: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Lancer un rapprochement des imports d’une convention (tâche de fond) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Imports à rapprocher (deux ou plus) */
                        importIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un rapprochement : avancement et indicateurs de qualité */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            agreementId: string;
                            importIds: string[];
                            /** @enum {string} */
                            status: "en_attente" | "en_cours" | "terminee" | "echouee";
                            progress: number;
                            stage: string | null;
                            /** @description Paires, grappes, paramètres m/u, précision et rappel estimés */
                            quality: {
                                threshold: number;
                                records: number;
                                clusters: number;
                                clustersBySize: {
                                    [key: string]: number;
                                };
                                pairs: {
                                    leftImportId: string;
                                    rightImportId: string;
                                    leftRecords: number;
                                    rightRecords: number;
                                    candidatePairs: number;
                                    keptPairs: number;
                                    expectedPrecision: number;
                                    expectedRecall: number;
                                    estimatedMatches: number;
                                    fields: {
                                        name: string;
                                        label: string;
                                        levels: string[];
                                        m: number[];
                                        u: number[];
                                    }[];
                                }[];
                                seconds: number;
                            } | null;
                            error: string | null;
                            startedAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les actions d’aller-vers du territoire, les plus récentes d’abord */
        get: {
            parameters: {
                query?: {
                    type?: "maraude" | "bus_des_droits" | "porte_a_porte" | "permanence" | "stand" | "atelier_numerique" | "accompagnement_physique" | "autre";
                    /** @description Date au format AAAA-MM-JJ */
                    from?: string;
                    /** @description Date au format AAAA-MM-JJ */
                    to?: string;
                    organisationId?: string;
                    inseeCode?: string;
                    /** @description Seulement mes actions */
                    mine?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            clientId: string;
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            /** @enum {string} */
                            type: "maraude" | "bus_des_droits" | "porte_a_porte" | "permanence" | "stand" | "atelier_numerique" | "accompagnement_physique" | "autre";
                            typeOther: string | null;
                            heldOn: string;
                            durationMinutes: number | null;
                            inseeCode: string | null;
                            commune: string | null;
                            quartier: string | null;
                            qpv: boolean;
                            peopleMet: number;
                            wentToBilan: number;
                            wentToCaseFile: number;
                            note: string | null;
                            counts: {
                                /** @enum {string} */
                                ageBand: "moins_18" | "18_25" | "26_64" | "65_plus" | "inconnu";
                                /** @enum {string} */
                                sex: "femme" | "homme" | "inconnu";
                                people: number;
                            }[];
                            team: {
                                /** Format: uuid */
                                organisationId: string;
                                /** Format: uuid */
                                userId: string | null;
                            }[];
                            /** Format: uuid */
                            createdBy: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Enregistrer une action saisie sur l’appareil ; renvoyée avec le même clientId, elle n’est pas enregistrée deux fois */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifiant donné par l’appareil à l’action
                         */
                        clientId: string;
                        action: {
                            /**
                             * @description Type d’action
                             * @enum {string}
                             */
                            type: "maraude" | "bus_des_droits" | "porte_a_porte" | "permanence" | "stand" | "atelier_numerique" | "accompagnement_physique" | "autre";
                            /** @description Précision quand le type est « autre » */
                            typeOther?: string | null;
                            /**
                             * Format: date
                             * @description Jour de l’action
                             */
                            heldOn: string;
                            durationMinutes?: number | null;
                            /** @description Code INSEE de la commune */
                            inseeCode?: string | null;
                            quartier?: string | null;
                            /** @description Quartier prioritaire de la politique de la ville */
                            qpv?: boolean;
                            /** @description Personnes rencontrées */
                            peopleMet: number;
                            /**
                             * @description Dont orientées vers un bilan de droits
                             * @default 0
                             */
                            wentToBilan?: number;
                            /**
                             * @description Dont pour lesquelles un dossier a été ouvert
                             * @default 0
                             */
                            wentToCaseFile?: number;
                            note?: string | null;
                            /**
                             * @description Comptages anonymes par tranche d’âge et sexe
                             * @default []
                             */
                            counts?: {
                                /** @enum {string} */
                                ageBand: "moins_18" | "18_25" | "26_64" | "65_plus" | "inconnu";
                                /** @enum {string} */
                                sex: "femme" | "homme" | "inconnu";
                                people: number;
                            }[];
                            /**
                             * @description Organisations (et personnes) de l’équipe
                             * @default []
                             */
                            team?: {
                                /** Format: uuid */
                                organisationId: string;
                                /** Format: uuid */
                                userId?: string | null;
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            created: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            created: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Modifier une de mes actions (ou, coordinateur, une action du territoire) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Type d’action
                         * @enum {string}
                         */
                        type: "maraude" | "bus_des_droits" | "porte_a_porte" | "permanence" | "stand" | "atelier_numerique" | "accompagnement_physique" | "autre";
                        /** @description Précision quand le type est « autre » */
                        typeOther?: string | null;
                        /**
                         * Format: date
                         * @description Jour de l’action
                         */
                        heldOn: string;
                        durationMinutes?: number | null;
                        /** @description Code INSEE de la commune */
                        inseeCode?: string | null;
                        quartier?: string | null;
                        /** @description Quartier prioritaire de la politique de la ville */
                        qpv?: boolean;
                        /** @description Personnes rencontrées */
                        peopleMet: number;
                        /**
                         * @description Dont orientées vers un bilan de droits
                         * @default 0
                         */
                        wentToBilan?: number;
                        /**
                         * @description Dont pour lesquelles un dossier a été ouvert
                         * @default 0
                         */
                        wentToCaseFile?: number;
                        note?: string | null;
                        /**
                         * @description Comptages anonymes par tranche d’âge et sexe
                         * @default []
                         */
                        counts?: {
                            /** @enum {string} */
                            ageBand: "moins_18" | "18_25" | "26_64" | "65_plus" | "inconnu";
                            /** @enum {string} */
                            sex: "femme" | "homme" | "inconnu";
                            people: number;
                        }[];
                        /**
                         * @description Organisations (et personnes) de l’équipe
                         * @default []
                         */
                        team?: {
                            /** Format: uuid */
                            organisationId: string;
                            /** Format: uuid */
                            userId?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        /** Supprimer une de mes actions (ou, coordinateur, une action du territoire) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/reseau": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Annuaire des partenaires ; avec q, ceux qui répondent au besoin (« qui appeler pour… ») */
        get: {
            parameters: {
                query?: {
                    /** @description Besoin : « qui appeler pour… » */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            key: string;
                            /** Format: uuid */
                            organisationId: string | null;
                            /** @description Enregistrement au schéma data·inclusion */
                            structure: {
                                [key: string]: unknown;
                            };
                            services: {
                                /** Format: uuid */
                                key: string;
                                /** @description Enregistrement au schéma data·inclusion */
                                service: {
                                    [key: string]: unknown;
                                };
                                matches: boolean;
                            }[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/reseau/referentiels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Listes du schéma data·inclusion : thématiques (avec libellés), types, publics */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thematiques: {
                                value: string;
                                label: string;
                            }[];
                            typesDeServices: string[];
                            publics: string[];
                            modesAccueil: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/reseau/structures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Créer ou modifier (même id) une structure de l’annuaire */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Organisation de la plateforme liée
                         */
                        organisationId?: string | null;
                        structure: {
                            source?: string;
                            id?: string;
                            nom: string;
                            /** Format: date */
                            date_maj?: string;
                            /** Format: uri */
                            lien_source?: string | null;
                            commune?: string | null;
                            code_postal?: string | null;
                            code_insee?: string | null;
                            adresse?: string | null;
                            complement_adresse?: string | null;
                            longitude?: number | null;
                            latitude?: number | null;
                            telephone?: string | null;
                            /** Format: email */
                            courriel?: string | null;
                            horaires_accueil?: string | null;
                            description?: string | null;
                            siret?: string | null;
                            /** Format: uri */
                            site_web?: string | null;
                            /** Format: uri */
                            accessibilite_lieu?: string | null;
                            reseaux_porteurs?: string[] | null;
                            typologie?: string | null;
                            thematiques?: ("choisir-un-metier--confirmer-son-choix-de-metier" | "choisir-un-metier--connaitre-les-opportunites-demploi" | "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite" | "choisir-un-metier--identifier-ses-points-forts-et-ses-competences" | "creer-une-entreprise--definir-son-projet-de-creation-dentreprise" | "creer-une-entreprise--developper-son-entreprise" | "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise" | "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives" | "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-a-la-citoyennete" | "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits" | "difficultes-administratives-ou-juridiques--beneficier-dune-mesure-daccompagnement-adapte" | "difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination" | "difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire" | "difficultes-financieres--acquerir-une-autonomie-budgetaire" | "difficultes-financieres--ameliorer-sa-gestion-budgetaire" | "difficultes-financieres--mettre-en-place-une-mesure-de-protection-financiere" | "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere" | "difficultes-financieres--situation-dendettement-surendettement" | "equipement-et-alimentation--aide-menagere" | "equipement-et-alimentation--alimentation" | "equipement-et-alimentation--electromenager" | "equipement-et-alimentation--habillement" | "famille--garde-denfants" | "famille--prise-en-charge-personne-dependante" | "famille--soutien-a-la-parentalite-et-a-leducation" | "famille--soutien-aidants" | "famille--surmonter-conflits-separation-violence" | "lecture-ecriture-calcul--maitriser-le-calcul" | "lecture-ecriture-calcul--maitriser-le-francais" | "logement-hebergement--acheter-un-logement" | "logement-hebergement--changer-de-logement" | "logement-hebergement--louer-un-logement" | "logement-hebergement--rechercher-une-solution-dhebergement-temporaire" | "logement-hebergement--reduire-les-impayes-de-loyer" | "logement-hebergement--se-maintenir-dans-le-logement" | "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement" | "mobilite--acceder-a-un-vehicule" | "mobilite--entretenir-reparer-son-vehicule" | "mobilite--etre-accompagne-dans-son-parcours-mobilite" | "mobilite--financer-ma-mobilite" | "mobilite--mobilite-douce-partagee-collective" | "mobilite--preparer-un-permis" | "numerique--acceder-a-des-services-en-ligne" | "numerique--acceder-a-une-connexion-internet" | "numerique--acquerir-un-equipement" | "numerique--maitriser-les-fondamentaux-du-numerique" | "preparer-sa-candidature--developper-son-reseau" | "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi" | "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation" | "preparer-sa-candidature--valoriser-ses-competences" | "remobilisation--activites-sportives-et-culturelles" | "remobilisation--benevolat-action-citoyenne" | "remobilisation--bien-etre-confiance-en-soi" | "remobilisation--lien-social" | "sante--acces-aux-soins" | "sante--addictions" | "sante--constituer-un-dossier-mdph-invalidite" | "sante--sante-mentale" | "sante--sante-sexuelle" | "se-former--monter-son-dossier-de-formation" | "se-former--trouver-sa-formation" | "souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger" | "souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger" | "souvrir-a-linternational--sorganiser-suite-a-son-retour-en-france" | "trouver-un-emploi--convaincre-un-recruteur-en-entretien" | "trouver-un-emploi--faire-des-candidatures-spontanees" | "trouver-un-emploi--maintien-dans-lemploi" | "trouver-un-emploi--repondre-a-des-offres-demploi" | "trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs")[] | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/reseau/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Créer ou modifier (même id) un service d’une structure de l’annuaire */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        service: {
                            source?: string;
                            id?: string;
                            nom: string;
                            /** Format: date */
                            date_maj?: string;
                            /** Format: uri */
                            lien_source?: string | null;
                            commune?: string | null;
                            code_postal?: string | null;
                            code_insee?: string | null;
                            adresse?: string | null;
                            complement_adresse?: string | null;
                            longitude?: number | null;
                            latitude?: number | null;
                            telephone?: string | null;
                            /** Format: email */
                            courriel?: string | null;
                            horaires_accueil?: string | null;
                            /** @description Identifiant de la structure du service */
                            structure_id: string;
                            description: string;
                            /** @enum {string|null} */
                            type?: "accompagnement" | "aide-financiere" | "aide-materielle" | "atelier" | "formation" | "information" | null;
                            thematiques?: ("choisir-un-metier--confirmer-son-choix-de-metier" | "choisir-un-metier--connaitre-les-opportunites-demploi" | "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite" | "choisir-un-metier--identifier-ses-points-forts-et-ses-competences" | "creer-une-entreprise--definir-son-projet-de-creation-dentreprise" | "creer-une-entreprise--developper-son-entreprise" | "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise" | "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives" | "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-a-la-citoyennete" | "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits" | "difficultes-administratives-ou-juridiques--beneficier-dune-mesure-daccompagnement-adapte" | "difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination" | "difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire" | "difficultes-financieres--acquerir-une-autonomie-budgetaire" | "difficultes-financieres--ameliorer-sa-gestion-budgetaire" | "difficultes-financieres--mettre-en-place-une-mesure-de-protection-financiere" | "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere" | "difficultes-financieres--situation-dendettement-surendettement" | "equipement-et-alimentation--aide-menagere" | "equipement-et-alimentation--alimentation" | "equipement-et-alimentation--electromenager" | "equipement-et-alimentation--habillement" | "famille--garde-denfants" | "famille--prise-en-charge-personne-dependante" | "famille--soutien-a-la-parentalite-et-a-leducation" | "famille--soutien-aidants" | "famille--surmonter-conflits-separation-violence" | "lecture-ecriture-calcul--maitriser-le-calcul" | "lecture-ecriture-calcul--maitriser-le-francais" | "logement-hebergement--acheter-un-logement" | "logement-hebergement--changer-de-logement" | "logement-hebergement--louer-un-logement" | "logement-hebergement--rechercher-une-solution-dhebergement-temporaire" | "logement-hebergement--reduire-les-impayes-de-loyer" | "logement-hebergement--se-maintenir-dans-le-logement" | "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement" | "mobilite--acceder-a-un-vehicule" | "mobilite--entretenir-reparer-son-vehicule" | "mobilite--etre-accompagne-dans-son-parcours-mobilite" | "mobilite--financer-ma-mobilite" | "mobilite--mobilite-douce-partagee-collective" | "mobilite--preparer-un-permis" | "numerique--acceder-a-des-services-en-ligne" | "numerique--acceder-a-une-connexion-internet" | "numerique--acquerir-un-equipement" | "numerique--maitriser-les-fondamentaux-du-numerique" | "preparer-sa-candidature--developper-son-reseau" | "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi" | "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation" | "preparer-sa-candidature--valoriser-ses-competences" | "remobilisation--activites-sportives-et-culturelles" | "remobilisation--benevolat-action-citoyenne" | "remobilisation--bien-etre-confiance-en-soi" | "remobilisation--lien-social" | "sante--acces-aux-soins" | "sante--addictions" | "sante--constituer-un-dossier-mdph-invalidite" | "sante--sante-mentale" | "sante--sante-sexuelle" | "se-former--monter-son-dossier-de-formation" | "se-former--trouver-sa-formation" | "souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger" | "souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger" | "souvrir-a-linternational--sorganiser-suite-a-son-retour-en-france" | "trouver-un-emploi--convaincre-un-recruteur-en-entretien" | "trouver-un-emploi--faire-des-candidatures-spontanees" | "trouver-un-emploi--maintien-dans-lemploi" | "trouver-un-emploi--repondre-a-des-offres-demploi" | "trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs")[] | null;
                            /** @enum {string|null} */
                            frais?: "gratuit" | "payant" | null;
                            frais_precisions?: string | null;
                            publics?: ("actifs" | "beneficiaires-des-minimas-sociaux" | "demandeurs-emploi" | "etudiants" | "familles" | "femmes" | "jeunes" | "personnes-en-situation-de-handicap" | "personnes-en-situation-durgence" | "personnes-en-situation-juridique-specifique" | "personnes-exilees" | "residents-qpv-frr" | "seniors" | "tous-publics")[] | null;
                            publics_precisions?: string | null;
                            conditions_acces?: string | null;
                            contact_nom_prenom?: string | null;
                            modes_accueil?: ("a-distance" | "en-presentiel")[] | null;
                            zone_eligibilite?: string[] | null;
                            /** Format: uri */
                            lien_mobilisation?: string | null;
                            modes_mobilisation?: ("envoyer-un-courriel" | "se-presenter" | "telephoner" | "utiliser-lien-mobilisation")[] | null;
                            mobilisable_par?: ("professionnels" | "usagers")[] | null;
                            mobilisation_precisions?: string | null;
                            volume_horaire_hebdomadaire?: number | null;
                            nombre_semaines?: number | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/reseau/structures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Supprimer une structure et ses services */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/reseau/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Supprimer un service */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/reseau/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Importer des structures et services au schéma data·inclusion (JSON, ou CSV d’un type) ; chaque enregistrement refusé est listé avec ses champs en erreur */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "json";
                        structures?: unknown[];
                        services?: unknown[];
                    } | {
                        /** @enum {string} */
                        format: "csv";
                        /** @enum {string} */
                        type: "structures" | "services";
                        /** @description Contenu du fichier CSV */
                        content: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Structures enregistrées */
                            structures: number;
                            /** @description Services enregistrés */
                            services: number;
                            rejected: {
                                /** @enum {string} */
                                kind: "structure" | "service";
                                /** @description Rang dans le fichier, à partir de 0 */
                                index: number;
                                id: string | null;
                                issues: {
                                    field: string;
                                    message: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/reseau/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exporter l’annuaire au schéma data·inclusion : JSON (structures et services) ou CSV d’un type */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                    /** @description Pour le CSV */
                    type?: "structures" | "services";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            structures: unknown[];
                            services: unknown[];
                        } | string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations de mon territoire (équipes, ateliers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            type: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/ateliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lister les ateliers entre professionnels du territoire, par date */
        get: {
            parameters: {
                query?: {
                    /** @description Date au format AAAA-MM-JJ */
                    from?: string;
                    /** @description Date au format AAAA-MM-JJ */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            heldOn: string;
                            theme: string;
                            organisationIds: string[];
                            participants: number;
                            followUps: string | null;
                            /** Format: uuid */
                            createdBy: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Enregistrer un atelier */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Date au format AAAA-MM-JJ
                         */
                        heldOn: string;
                        /** @description Thème */
                        theme: string;
                        /**
                         * @description Organisations présentes
                         * @default []
                         */
                        organisationIds?: string[];
                        /** @description Nombre de participants */
                        participants: number;
                        /** @description Suites données */
                        followUps?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/ateliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Modifier un atelier */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Date au format AAAA-MM-JJ
                         */
                        heldOn: string;
                        /** @description Thème */
                        theme: string;
                        /**
                         * @description Organisations présentes
                         * @default []
                         */
                        organisationIds?: string[];
                        /** @description Nombre de participants */
                        participants: number;
                        /** @description Suites données */
                        followUps?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        /** Supprimer un atelier */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/blocages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registre des blocages du territoire, filtrable par statut, organisme et aide */
        get: {
            parameters: {
                query?: {
                    status?: "signale" | "transmis" | "en_cours" | "resolu" | "sans_suite";
                    institution?: "caf" | "cpam" | "msa" | "france_travail" | "prefecture_etat" | "departement" | "carsat" | "mdph" | "autre";
                    benefit?: "rsa" | "ppa" | "aide_logement" | "af" | "cf" | "asf" | "ars" | "paje_base" | "aah" | "aspa" | "asi" | "css" | "cheque_energie" | "bouclier_eau" | "autre_aide";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            title: string;
                            description: string;
                            /** @enum {string|null} */
                            benefit: "rsa" | "ppa" | "aide_logement" | "af" | "cf" | "asf" | "ars" | "paje_base" | "aah" | "aspa" | "asi" | "css" | "cheque_energie" | "bouclier_eau" | "autre_aide" | null;
                            /** @enum {string} */
                            institution: "caf" | "cpam" | "msa" | "france_travail" | "prefecture_etat" | "departement" | "carsat" | "mdph" | "autre";
                            institutionOther: string | null;
                            examples: string | null;
                            /** @enum {string} */
                            status: "signale" | "transmis" | "en_cours" | "resolu" | "sans_suite";
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            raisedOn: string;
                            transmittedOn: string | null;
                            resolvedOn: string | null;
                            answer: string | null;
                            history: {
                                /** @enum {string} */
                                status: "signale" | "transmis" | "en_cours" | "resolu" | "sans_suite";
                                on: string;
                                note: string | null;
                                byName: string | null;
                            }[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Signaler un blocage (exemples anonymisés) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Intitulé */
                        title: string;
                        description: string;
                        /**
                         * @description Aide concernée, identifiant de @znr/rules (rsa, ppa, aide_logement…)
                         * @enum {string|null}
                         */
                        benefit?: "rsa" | "ppa" | "aide_logement" | "af" | "cf" | "asf" | "ars" | "paje_base" | "aah" | "aspa" | "asi" | "css" | "cheque_energie" | "bouclier_eau" | null;
                        /**
                         * @description Organisme concerné
                         * @enum {string}
                         */
                        institution: "caf" | "cpam" | "msa" | "france_travail" | "prefecture_etat" | "departement" | "carsat" | "mdph" | "autre";
                        institutionOther?: string | null;
                        /** @description Exemples anonymisés : aucun nom, aucune adresse */
                        examples?: string | null;
                        /**
                         * Format: date
                         * @description Date au format AAAA-MM-JJ
                         */
                        raisedOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/blocages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Modifier un blocage : texte, personne qui le suit, réponse reçue */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Intitulé */
                        title: string;
                        description: string;
                        /**
                         * @description Aide concernée, identifiant de @znr/rules (rsa, ppa, aide_logement…)
                         * @enum {string|null}
                         */
                        benefit?: "rsa" | "ppa" | "aide_logement" | "af" | "cf" | "asf" | "ars" | "paje_base" | "aah" | "aspa" | "asi" | "css" | "cheque_energie" | "bouclier_eau" | null;
                        /**
                         * @description Organisme concerné
                         * @enum {string}
                         */
                        institution: "caf" | "cpam" | "msa" | "france_travail" | "prefecture_etat" | "departement" | "carsat" | "mdph" | "autre";
                        institutionOther?: string | null;
                        /** @description Exemples anonymisés : aucun nom, aucune adresse */
                        examples?: string | null;
                        /**
                         * Format: uuid
                         * @description Personne qui suit le blocage
                         */
                        ownerId?: string | null;
                        /** @description Réponse reçue de l’organisme */
                        answer?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/blocages/{id}/statut": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Faire avancer un blocage : transmis, en cours, résolu ou sans suite */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "signale" | "transmis" | "en_cours" | "resolu" | "sans_suite";
                        /**
                         * Format: date
                         * @description Date du changement
                         */
                        on: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les règles de détection (identifiant, titre, droits concernés) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            benefits: ("rsa" | "ppa" | "aide_logement" | "af" | "cf" | "asf" | "ars" | "paje_base" | "aah" | "aspa" | "asi" | "css" | "cheque_energie" | "bouclier_eau" | "autre_aide")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/detections/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les rapprochements terminés sur lesquels lancer une détection */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            agreementTitle: string;
                            finishedAt: string | null;
                            persons: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/detections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les détections du territoire, les plus récentes d’abord */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            linkageRunId: string;
                            month: string;
                            /** @enum {string} */
                            status: "en_attente" | "en_cours" | "terminee" | "echouee";
                            progress: number;
                            stage: string | null;
                            persons: number;
                            candidates: number;
                            startedAt: string;
                            finishedAt: string | null;
                            error: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Lancer une détection sur un rapprochement terminé (tâche de fond) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Rapprochement terminé dont les personnes sont examinées
                         */
                        linkageRunId: string;
                        /** @description Mois calculé par le moteur (AAAA-MM) ; le mois courant par défaut */
                        month?: string;
                        settings?: {
                            /** @description Salaire net mensuel « modeste » (€) */
                            lowPayMax?: number;
                            /** @description Petite retraite (€ par mois) */
                            smallPensionMax?: number;
                            /** @description Âge des règles ASPA et CSS */
                            seniorAge?: number;
                            /** @description Part des ressources au-delà de laquelle la facture d’eau ouvre le Bouclier eau */
                            waterShareThreshold?: number;
                            /** @description Valeur mensuelle donnée à la CSS */
                            cssMonthlyValue?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/detections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une détection : état et avancement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            linkageRunId: string;
                            month: string;
                            /** @enum {string} */
                            status: "en_attente" | "en_cours" | "terminee" | "echouee";
                            progress: number;
                            stage: string | null;
                            persons: number;
                            candidates: number;
                            startedAt: string;
                            finishedAt: string | null;
                            error: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/detections/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** La liste classée des personnes repérées (pseudonymes : règle, montant, priorité, commune) */
        get: {
            parameters: {
                query?: {
                    /** @description Règle de détection */
                    ruleId?: string;
                    /** @description Commune */
                    codeInsee?: string;
                    /** @description Seulement les personnes non attribuées */
                    unassigned?: "true" | "false";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                ruleId: string;
                                ruleTitle: string;
                                benefits: ("rsa" | "ppa" | "aide_logement" | "af" | "cf" | "asf" | "ars" | "paje_base" | "aah" | "aspa" | "asi" | "css" | "cheque_energie" | "bouclier_eau" | "autre_aide")[];
                                amount: number;
                                confidence: number;
                                urgency: number;
                                priority: number;
                                codeInsee: string | null;
                                commune: string | null;
                                explanation: string;
                                assignee: {
                                    /** Format: uuid */
                                    userId: string;
                                    name: string;
                                    organisation: string;
                                } | null;
                                /** @enum {string|null} */
                                outcome: "joint" | "pas_joignable" | "refus" | "bilan_fait" | "droit_ouvert" | null;
                                rightOpened: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/detections/{id}/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les ambassadeurs et travailleurs sociaux des organisations parties à la convention */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            membershipId: string;
                            name: string;
                            organisation: string;
                            role: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/detections/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attribuer des personnes repérées à un ambassadeur (ou retirer l’attribution) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Personnes repérées à attribuer */
                        candidateIds: string[];
                        /**
                         * Format: uuid
                         * @description Ambassadeur ou travailleur social (adhésion) ; null pour retirer l’attribution
                         */
                        membershipId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/conversion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conversion par règle : repérés → attribués → contactés → bilans → droits ouverts */
        get: {
            parameters: {
                query?: {
                    /** @description Une détection ; toutes sinon */
                    runId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ruleId: string;
                            ruleTitle: string;
                            candidates: number;
                            assigned: number;
                            contacted: number;
                            bilans: number;
                            opened: number;
                            rate: number | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/mes-personnes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les personnes qui me sont attribuées, ré-identifiées (chaque lecture est tracée) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            ruleId: string;
                            ruleTitle: string;
                            benefits: ("rsa" | "ppa" | "aide_logement" | "af" | "cf" | "asf" | "ars" | "paje_base" | "aah" | "aspa" | "asi" | "css" | "cheque_energie" | "bouclier_eau" | "autre_aide")[];
                            amount: number;
                            explanation: string;
                            /** @enum {string|null} */
                            outcome: "joint" | "pas_joignable" | "refus" | "bilan_fait" | "droit_ouvert" | null;
                            outcomeNote: string | null;
                            /** Format: uuid */
                            householdId: string | null;
                            rightOpened: boolean;
                            letterAt: string | null;
                            identities: {
                                partner: string;
                                lastName: string | null;
                                birthName: string | null;
                                firstNames: string | null;
                                birthDate: string | null;
                                address: string | null;
                                postcode: string | null;
                                commune: string | null;
                                phone: string | null;
                                email: string | null;
                            }[];
                            needsLetter: boolean;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/candidates/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Noter le résultat de la prise de contact */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Résultat de la prise de contact
                         * @enum {string}
                         */
                        outcome: "joint" | "pas_joignable" | "refus" | "bilan_fait" | "droit_ouvert";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/candidates/{id}/household": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Créer le dossier du ménage depuis la personne repérée (droits de la règle suivis) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reperage/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Courriers d’invitation (PDF) pour mes personnes sans téléphone ni courriel */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Toutes mes personnes sans téléphone ni courriel si absent */
                        candidateIds?: string[];
                        meeting?: {
                            /** @description Date et heure du rendez-vous proposé */
                            at: string;
                            /** @description Lieu du rendez-vous */
                            place: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description application/pdf */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicateurs du territoire (coordinateur, pilote) ou de tous les territoires, petits effectifs masqués (évaluateur) */
        get: {
            parameters: {
                query: {
                    /** @description Premier mois, AAAA-MM */
                    from: string;
                    /** @description Dernier mois inclus, AAAA-MM */
                    to: string;
                    /** @description Regroupement : mois, trimestre, année */
                    period?: "month" | "quarter" | "year";
                    /** @description Ventilation */
                    by?: "territory" | "quartier" | "organisation" | "actionType" | "benefit" | "rule";
                    /** @description Territoire (évaluateur) */
                    territoryId?: string;
                    quartier?: string;
                    organisationId?: string;
                    actionType?: "maraude" | "bus_des_droits" | "porte_a_porte" | "permanence" | "stand" | "atelier_numerique" | "accompagnement_physique" | "autre";
                    /** @description Prestation, identifiant de @znr/rules */
                    benefit?: "rsa" | "ppa" | "aide_logement" | "af" | "cf" | "asf" | "ars" | "paje_base" | "aah" | "aspa" | "asi" | "css" | "cheque_energie" | "bouclier_eau" | "autre_aide";
                    /** @description Règle de repérage */
                    rule?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            periods: string[];
                            keys: {
                                key: string;
                                label: string;
                            }[];
                            indicators: {
                                code: string;
                                label: string;
                                unit: string;
                                applicable: boolean;
                                values: {
                                    period: string;
                                    key: string;
                                    value: number | null;
                                    /** @enum {string} */
                                    suppressed?: "primaire" | "secondaire";
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/indicators/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export pour l’évaluation nationale (CSV « ; » UTF-8 avec BOM, XLSX ou JSON), effectifs de moins de 5 masqués avec secret secondaire */
        get: {
            parameters: {
                query: {
                    /** @description Premier mois, AAAA-MM */
                    from: string;
                    /** @description Dernier mois inclus, AAAA-MM */
                    to: string;
                    /** @description Regroupement : mois, trimestre, année */
                    period?: "month" | "quarter" | "year";
                    /** @description Ventilation */
                    by?: "territory" | "quartier" | "organisation" | "actionType" | "benefit" | "rule";
                    /** @description Territoire (évaluateur) */
                    territoryId?: string;
                    quartier?: string;
                    organisationId?: string;
                    actionType?: "maraude" | "bus_des_droits" | "porte_a_porte" | "permanence" | "stand" | "atelier_numerique" | "accompagnement_physique" | "autre";
                    /** @description Prestation, identifiant de @znr/rules */
                    benefit?: "rsa" | "ppa" | "aide_logement" | "af" | "cf" | "asf" | "ars" | "paje_base" | "aah" | "aspa" | "asi" | "css" | "cheque_energie" | "bouclier_eau" | "autre_aide";
                    /** @description Règle de repérage */
                    rule?: string;
                    /** @description Format du fichier */
                    format: "csv" | "xlsx" | "json";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pilotage/indicators/filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ce que les filtres du tableau de bord proposent */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            scope: "territoire" | "national";
                            territories: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            organisations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            quartiers: string[];
                            actionTypes: {
                                /** @enum {string} */
                                id: "maraude" | "bus_des_droits" | "porte_a_porte" | "permanence" | "stand" | "atelier_numerique" | "accompagnement_physique" | "autre";
                                label: string;
                            }[];
                            benefits: {
                                /** @enum {string} */
                                id: "rsa" | "ppa" | "aide_logement" | "af" | "cf" | "asf" | "ars" | "paje_base" | "aah" | "aspa" | "asi" | "css" | "cheque_energie" | "bouclier_eau" | "autre_aide";
                                label: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;



cli-overall = Global
cli-unit-not-named = (unité non nommée)
cli-no-score = pas de score
cli-no-period = (période non précisée)
cli-warnings = Avertissements
cli-warnings-heading = Avertissements ({ $n })
cli-and = { $first } et { $second }
cli-answer-legend = na : non applicable · ? : inconnu · – : non renseigné
cli-unit-kind = { $kind ->
    [national] national
    [subnational] infranational
    [district] district
    [facility] formation sanitaire
    [programme] programme
    [network] réseau
   *[other] { $kind }
}
cli-indicator-count = { $n ->
    [one] { $n } indicateur
    [many] { $n } indicateurs
   *[other] { $n } indicateurs
}


cli-column-unit = unité
cli-column-unit-long = Unité
cli-column-period = période
cli-column-period-long = Période
cli-column-group = groupe
cli-column-group-long = Groupe
cli-column-overall = global
cli-column-level = niv.
cli-column-coverage = couv.
cli-column-indicator = Indicateur


cli-severity-error = erreur
cli-severity-warning = avertissement
cli-label-error = erreur :
cli-label-help = aide :
cli-diagnostic-at-path = à { $path }
cli-diagnostic-at-line = à la ligne { $line }, colonne { $column }
cli-error-stdout = impossible d'écrire sur la sortie standard : { $reason }
cli-help-writable = vérifiez que le répertoire existe et qu'il est accessible en écriture
cli-error-empty-directory = le répertoire `{ $dir }` ne contient aucune évaluation (fichiers *.json ou *.csv)
cli-help-empty-directory = indiquez un répertoire qui contient des fichiers d'évaluation, ou les fichiers eux-mêmes
cli-error-no-rows = `{ $file }` a une ligne d'en-tête mais aucune ligne d'évaluation
cli-help-score-many = calculez le score de chacune avec `lhs-maturity batch { $file }`
cli-error-report-not-assessment = `{ $file }` est un rapport, alors que cette commande lit des évaluations
cli-help-report-not-assessment = indiquez les évaluations des répondants (les fichiers qu'ils ont remplis), et non leurs rapports
cli-error-compare-many = `{ $file }` contient { $n } évaluations, alors que `compare` prend un seul cycle de chaque côté
cli-help-compare-many = comparez deux fichiers contenant chacun une seule évaluation ; `series` suit plus de cycles, `cohort` résume de nombreuses unités
cli-error-pool-mismatch = les évaluations ne portent pas toutes sur la même unité, la même période et la même version du cadre
cli-help-pool-mismatch = agrégez les répondants d'une même unité et d'une même période, ou ajoutez `--allow-mismatch` pour les agréger malgré tout
cli-error-cv-no-forms = indiquez les formulaires de pertinence remplis, ou --form pour en obtenir un vierge
cli-help-cv-form = lhs-maturity content-validity --form -o formulaire-pertinence.csv


cli-io-permission-denied = accès refusé
cli-help-read-directory = indiquez les fichiers qu'il contient, ou utilisez `lhs-maturity batch RÉPERTOIRE`
cli-io-cannot-read-directory = impossible de lire le répertoire `{ $dir }` : { $reason }
cli-io-cannot-write = impossible d'écrire `{ $file }` : { $reason }
cli-io-not-a-file-name = ce n'est pas un nom de fichier
cli-io-no-directory = le répertoire `{ $dir }` n'existe pas
cli-io-is-a-directory = c'est un répertoire


cli-template-written = évaluation vierge de `{ $framework }` { $version } ({ $n ->
    [one] { $n } indicateur
    [many] { $n } indicateurs
   *[other] { $n } indicateurs
}) écrite dans { $file }
cli-validate-valid = valide
cli-validate-invalid = non valide
cli-validate-counts = ({ $errors ->
    [one] { $errors } erreur
    [many] { $errors } erreurs
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
    [many] { $warnings } avertissements
   *[other] { $warnings } avertissements
})
cli-report-written = rapport de { $input } (score global { $overall }, { $warnings ->
    [one] { $warnings } avertissement
    [many] { $warnings } avertissements
   *[other] { $warnings } avertissements
}) écrit dans { $file }


cli-score-column-node = Domaine / sous-domaine
cli-score-column-score = Score
cli-score-column-level = Niveau
cli-score-column-coverage = Couv.
cli-score-counts = { $rated ->
    [one] { $rated } coté
    [many] { $rated } cotés
   *[other] { $rated } cotés
}, { $na ->
    [one] { $na } non applicable
    [many] { $na } non applicables
   *[other] { $na } non applicables
}, { $unknown ->
    [one] { $unknown } inconnu
    [many] { $unknown } inconnus
   *[other] { $unknown } inconnus
}, { $missing ->
    [one] { $missing } non renseigné
    [many] { $missing } non renseignés
   *[other] { $missing } non renseignés
}, sur { $total ->
    [one] { $total } indicateur
    [many] { $total } indicateurs
   *[other] { $total } indicateurs
}
cli-score-to-target =  ; { $percent } du chemin vers la cible ({ $below } sous la cible)
cli-score-learning-profile = Profil d'apprentissage
cli-score-uncertainty = Degré de certitude des scores
cli-uncertainty-column-interval = intervalle à 90 %
cli-uncertainty-column-together = erreurs liées
cli-uncertainty-column-p-level = P(niveau)
cli-uncertainty-column-range = plage si inconnues trouvées
cli-robustness-pair = `{ $value }` n'est pas une paire d'unités : écrivez `A,B`
cli-robustness-progress = scénarios { $bar } { $position }/{ $length }
cli-score-next-steps = Principales prochaines étapes
cli-score-no-steps = Aucun indicateur coté n'est en dessous de sa cible.
cli-score-step = { $rank }. { $name } ({ $indicator }), niveau { $level } → { $next } : { $action }
cli-score-more-steps = … { $n } de plus (`--format markdown` les liste par groupe d'acteurs ; `report` les écrit toutes)


cli-batch-progress = calcul des scores { $bar } { $position }/{ $length } entrées
cli-batch-row-failed = échec : voir ci-dessous
cli-batch-failed = le score n'a pas pu être calculé pour { $failed ->
    [one] { $failed } évaluation
    [many] { $failed } évaluations
   *[other] { $failed } évaluations
} sur { $total } :
cli-batch-more-failed = … et { $more } de plus : la colonne `error` du résumé indique, pour chacune, pourquoi le score n'a pas pu être calculé
cli-batch-summary = scores calculés pour { $scored ->
    [one] { $scored } évaluation
    [many] { $scored } évaluations
   *[other] { $scored } évaluations
} sur { $total }, à partir de { $inputs ->
    [one] { $inputs } entrée
    [many] { $inputs } entrées
   *[other] { $inputs } entrées
}, en { $seconds } s
cli-batch-summary-written = scores calculés pour { $scored ->
    [one] { $scored } évaluation
    [many] { $scored } évaluations
   *[other] { $scored } évaluations
} sur { $total }, à partir de { $inputs ->
    [one] { $inputs } entrée
    [many] { $inputs } entrées
   *[other] { $inputs } entrées
}, en { $seconds } s ; résumé écrit dans { $file }


cli-framework-title = { $title } — `{ $framework }`, version { $version } ({ $n ->
    [one] { $n } indicateur
    [many] { $n } indicateurs
   *[other] { $n } indicateurs
})
cli-framework-source = Source : { $citation }
cli-framework-scale = Échelle :
cli-framework-facets = Facettes :
cli-framework-domains = Domaines :
cli-framework-list-hint = Pour lister les indicateurs : `lhs-maturity framework indicators`.
cli-weight-outcome = résultat
cli-weight-none = n.a.
cli-indicators-summary = { $n ->
    [one] { $n } indicateur pris en compte dans les scores
    [many] { $n } indicateurs pris en compte dans les scores
   *[other] { $n } indicateurs pris en compte dans les scores
} ; poids effectif de { $min } à { $max } (max/min { $ratio }) ; les indicateurs de résultats sont présentés à part
cli-indicators-summary-kind = { $n ->
    [one] { $n } indicateur pris en compte dans les scores
    [many] { $n } indicateurs pris en compte dans les scores
   *[other] { $n } indicateurs pris en compte dans les scores
} pour une unité de type « { $kind } » ; poids effectif de { $min } à { $max } (max/min { $ratio }) ; les indicateurs de résultats sont présentés à part
cli-lint-level-words = niveau { $level } : { $words } mots
cli-lint-summary = { $framework } { $version } : { $indicators ->
    [one] { $indicators } indicateur
    [many] { $indicators } indicateurs
   *[other] { $indicators } indicateurs
}, { $findings ->
    [one] { $findings } constat
    [many] { $findings } constats
   *[other] { $findings } constats
} ; nombre moyen de mots par descripteur : { $average } ({ $levels })
cli-languages-heading = Les textes de `{ $framework }` { $version } existent en { $n ->
    [one] { $n } langue
    [many] { $n } langues
   *[other] { $n } langues
} :
cli-languages-column-code = code langue
cli-languages-column-name = nom
cli-languages-column-status = statut
cli-languages-column-reviewer = relecteur
cli-languages-column-texts = textes
cli-language-status = { $status ->
    [source] source
    [provisional] provisoire
    [reviewed] relue
    [undeclared] non déclarée
   *[other] { $status }
}
cli-languages-completeness = { $translated }/{ $total } ({ $percent })
cli-languages-first-missing = premier texte manquant : { $pointer }


cli-migrate-class = { $class ->
    [equivalent] équivalents
    [merged_duplicate] doublons fusionnés
    [merged_conjunctive] fusionnés par conjonction
    [revised] révisés
    [new] nouveaux
   *[other] { $class }
} : { $n }
cli-migrate-summary = { $file } migré de { $from } vers { $to } : { $carried ->
    [one] { $carried } niveau reporté
    [many] { $carried } niveaux reportés
   *[other] { $carried } niveaux reportés
}, { $proposed } à confirmer par un évaluateur, { $unmapped ->
    [one] { $unmapped } réponse conservée
    [many] { $unmapped } réponses conservées
   *[other] { $unmapped } réponses conservées
} sous migration.unmapped ({ $classes })
cli-migrate-proposed-hint = les niveaux proposés sont listés sous migration.proposed ; inscrivez chaque niveau confirmé dans le champ `level` de la réponse
cli-cv-column-indicator = indicateur
cli-cv-column-experts = experts
cli-cv-column-icvi = I-CVI
cli-cv-column-kappa = kappa
cli-cv-column-interpretation = interprétation
cli-cv-interpretation = { $value ->
    [excellent] excellent
    [good] bon
    [fair] passable
    [poor] faible
    [too_few_experts] trop peu d'experts
    [not_rated] non coté
   *[other] { $value }
}
cli-cv-summary = { $experts ->
    [one] { $experts } expert
    [many] { $experts } experts
   *[other] { $experts } experts
} ; S-CVI/Ave { $average }, S-CVI/UA { $universal } (spec/SCORING.md §26)


cli-pool-intro = { $respondents ->
    [one] { $respondents } répondant agrégé
    [many] { $respondents } répondants agrégés
   *[other] { $respondents } répondants agrégés
} par { $method ->
    [median] la médiane
    [mean] la moyenne
   *[mode] le mode
}, { $items ->
    [one] { $items } indicateur renseigné
    [many] { $items } indicateurs renseignés
   *[other] { $items } indicateurs renseignés
} ; { $agenda } à l'ordre du jour des désaccords
cli-pool-title = Évaluation agrégée : { $unit }
cli-pool-column-respondent = Répondant
cli-pool-column-file = Fichier
cli-pool-agreement-heading = Accord entre les répondants (indicateurs pris comme unités d'analyse)
cli-pool-agreement-title = Accord entre les répondants
cli-agreement-column-scope = Périmètre
cli-agreement-column-alpha-ordinal = α ordinal
cli-agreement-column-alpha-interval = α interv.
cli-agreement-column-alpha-units = unités α
cli-agreement-column-alpha-units-long = Unités (α)
cli-agreement-column-icc-single = CCI(2,1)
cli-agreement-column-icc-mean = CCI(2,k)
cli-agreement-column-icc-units = unités CCI
cli-agreement-column-icc-units-long = Unités (CCI)
cli-agreement-legend = α : alpha de Krippendorff (métriques ordinale et d'intervalle) sur les indicateurs cotés par deux répondants ou plus ; CCI : corrélation intraclasse, modèle à effets aléatoires à deux facteurs, accord absolu, sur les indicateurs cotés par tous
cli-pool-agenda-title = Ordre du jour des désaccords
cli-pool-agenda-empty = Ordre du jour des désaccords : vide (aucun indicateur n'a reçu de niveaux différents)
cli-pool-agenda-heading = Ordre du jour des désaccords : { $n ->
    [one] { $n } indicateur
    [many] { $n } indicateurs
   *[other] { $n } indicateurs
}, écart le plus grand en premier (à examiner en réunion de consensus)
cli-pool-agenda-none = Aucun indicateur n'a reçu de niveaux différents de la part des répondants.
cli-pool-agenda-order = Écart le plus grand en premier, puis écart interquartile le plus grand.
cli-pool-column-range = écart
cli-pool-column-range-long = Écart
cli-pool-column-iqr = EIQ
cli-pool-consensus-title = Réponses de consensus
cli-pool-consensus-heading = { $n ->
    [one] Consensus : { $n } réponse convenue remplace la réponse agrégée
    [many] Consensus : { $n } réponses convenues remplacent les réponses agrégées
   *[other] Consensus : { $n } réponses convenues remplacent les réponses agrégées
}
cli-pool-written = évaluation agrégée ({ $respondents ->
    [one] { $respondents } répondant
    [many] { $respondents } répondants
   *[other] { $respondents } répondants
}, { $items ->
    [one] { $items } indicateur renseigné
    [many] { $items } indicateurs renseignés
   *[other] { $items } indicateurs renseignés
}) écrite dans { $file } ; calculez son score avec `lhs-maturity score { $file }`
cli-pool-not-written = l'évaluation agrégée n'a pas été écrite : ajoutez `-o pooled.json` pour l'écrire
cli-bootstrap-title = Bootstrap de l'évaluation agrégée : { $unit }
cli-bootstrap-intro = { $resamples } rééchantillonnages des { $respondents } répondants, tirés avec remise (graine { $seed }) : l'intervalle à { $level } % de chaque score et la part des rééchantillonnages qui gardent son niveau
cli-bootstrap-leave-one-out = { $respondents ->
    [one] { $respondents } répondant, c'est
    [many] { $respondents } répondants, c'est
   *[other] { $respondents } répondants, c'est
} trop peu pour un bootstrap (au moins { $min }) : chaque score sans chacun des répondants tour à tour, et leur étendue
cli-bootstrap-column-interval = intervalle à { $level } %
cli-bootstrap-column-keeps = garde le niveau
cli-bootstrap-column-range = étendue
cli-bootstrap-column-without = sans { $respondent }
cli-cohort-census = Les unités sont un recensement : les moyennes des groupes n'ont pas d'erreur d'échantillonnage (`--sample` si elles sont un échantillon).
cli-cohort-sample = Les unités sont un échantillon : intervalles bootstrap à { $level } % des moyennes des groupes d'au moins { $min } unités ({ $resamples } rééchantillonnages, graine { $seed }).


cli-compare-before = Avant :
cli-compare-after = Après :
cli-compare-column-before = avant
cli-compare-column-after = après
cli-compare-column-change = évol.
cli-compare-column-level = niveau
cli-compare-column-before-long = Avant
cli-compare-column-after-long = Après
cli-compare-column-change-long = Évolution
cli-compare-column-level-long = Niveau
cli-compare-column-target-long = Cible
cli-compare-column-progress-long = Progrès
cli-compare-title = Comparaison : { $before } → { $after }
cli-compare-comparable = Directement comparables : même version du cadre et même ensemble de { $n ->
    [one] { $n } indicateur
    [many] { $n } indicateurs
   *[other] { $n } indicateurs
} dans les deux cycles.
cli-compare-versions-differ = les versions du cadre diffèrent ({ $before } → { $after })
cli-compare-sets-differ = les ensembles d'indicateurs diffèrent
cli-compare-restricted = Comparaison restreinte : { $reasons } ; chaque score ci-dessous est recalculé sur { $n ->
    [one] { $n } indicateur
    [many] les { $n } indicateurs
   *[other] les { $n } indicateurs
} { $shared ->
    [equivalent] que les deux cycles ont en commun avec le même sens (classe « équivalent » dans la table de migration ; les autres ont été révisés, fusionnés ou supprimés)
   *[other] que les deux cycles ont en commun
}.
cli-compare-only-before = Uniquement dans le cycle antérieur ({ $n }) : { $ids }
cli-compare-only-after = Uniquement dans le cycle le plus récent ({ $n }) : { $ids }
cli-compare-counts = Indicateurs cotés dans les deux cycles : { $improved } en progrès, { $regressed } en recul, { $unchanged } sans changement.
cli-compare-progress = Progrès vers la cible : { $percent } du chemin (niveaux gagnés rapportés à l'écart à la cible, pour les indicateurs qui étaient sous leur cible lors du cycle antérieur).
cli-compare-progress-none = Progrès vers la cible : non défini (aucun indicateur coté dans les deux cycles n'était sous sa cible lors du cycle antérieur).
cli-compare-improved = En progrès ({ $n })
cli-compare-regressed = En recul ({ $n })
cli-compare-target-progress = cible { $target }, { $percent } du chemin
cli-compare-target = cible { $target }


cli-cohort-heading = Cohorte de { $units ->
    [one] { $units } unité
    [many] { $units } unités
   *[other] { $units } unités
} · { $framework } { $version }
cli-cohort-grouped-by = regroupement par { $label }
cli-cohort-suppression = Les groupes de moins de { $min ->
    [one] { $min } unité
    [many] { $min } unités
   *[other] { $min } unités
} sont masqués (pas de statistiques), afin qu'aucune unité ne puisse être identifiée.
cli-cohort-suppression-some = Les groupes de moins de { $min ->
    [one] { $min } unité
    [many] { $min } unités
   *[other] { $min } unités
} sont masqués (pas de statistiques), afin qu'aucune unité ne puisse être identifiée ; { $suppressed ->
    [one] { $suppressed } groupe est masqué
    [many] { $suppressed } groupes sont masqués
   *[other] { $suppressed } groupes sont masqués
} ici.
cli-cohort-publishable = Ceci est le résumé publiable : aucune ligne par unité (`--ranks` ajoute le rang centile de chaque unité).
cli-cohort-with-ranks = Avec les rangs des unités : à ne pas publier, car ils permettent d'identifier des unités.
cli-cohort-group = { $group } ({ $units ->
    [one] { $units } unité
    [many] { $units } unités
   *[other] { $units } unités
})
cli-cohort-group-suppressed = { $group } ({ $units ->
    [one] { $units } unité
    [many] { $units } unités
   *[other] { $units } unités
}) : masqué, moins de { $min ->
    [one] { $min } unité
    [many] { $min } unités
   *[other] { $min } unités
}
cli-cohort-column-measure = Mesure
cli-stat-n = n
cli-stat-mean = moy.
cli-stat-sd = é.-t.
cli-stat-min = min
cli-stat-q1 = q1
cli-stat-median = méd.
cli-stat-q3 = q3
cli-stat-max = max
cli-stat-n-long = n
cli-stat-mean-long = Moyenne
cli-stat-sd-long = Écart-type
cli-stat-min-long = Minimum
cli-stat-q1-long = 1er quartile
cli-stat-median-long = Médiane
cli-stat-q3-long = 3e quartile
cli-stat-max-long = Maximum
cli-cohort-ranks-heading = Rangs centiles au sein du groupe (global et par domaine ; `--format csv` donne toutes les mesures)
cli-cohort-ranks-title = Rangs centiles au sein du groupe (à ne pas publier)
cli-cohort-ranks-note = remarque : les rangs des unités permettent d'identifier des unités ; publiez le résumé sans `--ranks`


cli-reliability-heading = Fiabilité de l'instrument sur { $units ->
    [one] { $units } unité
    [many] { $units } unités
   *[other] { $units } unités
} · { $framework } { $version }
cli-reliability-title = Fiabilité de l'instrument sur { $units ->
    [one] { $units } unité
    [many] { $units } unités
   *[other] { $units } unités
} ({ $framework } { $version })
cli-reliability-intro = Alpha de Cronbach par domaine et par sous-domaine, sur les unités qui ont coté tous les indicateurs du domaine ou du sous-domaine
cli-reliability-column-items = items
cli-reliability-column-units = unités
cli-reliability-column-alpha = alpha
cli-reliability-column-items-long = Nombre d'items
cli-reliability-column-units-long = Unités
cli-reliability-column-alpha-long = Alpha de Cronbach
cli-reliability-item = alpha si retiré { $alpha }  r item–total { $correlation }
cli-reliability-column-alpha-if-deleted = Alpha si retiré
cli-reliability-column-item-total = r item–total
cli-reliability-item-in = `{ $item }` (dans `{ $node }`)
cli-reliability-floor-heading = Effets plancher et plafond : part des unités qui ont coté l'indicateur au niveau 0, et au niveau maximal ({ $top })
cli-reliability-floor-title = Effets plancher et plafond
cli-reliability-floor-intro = Part des unités qui ont coté l'indicateur au niveau 0 (plancher), et au niveau maximal, { $top } (plafond).
cli-reliability-column-rated = cotés
cli-reliability-column-floor = planch.
cli-reliability-column-ceiling = plafond
cli-reliability-column-rated-long = Cotés
cli-reliability-column-floor-long = Plancher
cli-reliability-column-ceiling-long = Plafond


cli-series-heading = { $unit } : { $n ->
    [one] { $n } cycle
    [many] { $n } cycles
   *[other] { $n } cycles
}

cli-xlsform-written = XLSForm de `{ $framework }` { $version }, révision { $revision } ({ $n ->
    [one] { $n } indicateur
    [many] { $n } indicateurs
   *[other] { $n } indicateurs
}, { $units ->
    [0] unité saisie librement
    [one] { $units } unité au choix
    [many] { $units } unités au choix
   *[other] { $units } unités au choix
}) écrit dans { $file }
cli-error-xlsform-option = `{ $option }` est une option de `export xlsform` uniquement
cli-error-xlsform-files = `export xlsform` ne prend aucun fichier en entrée : le formulaire est construit à partir du cadre
cli-error-template-xlsx-kind = le modèle Excel contient tous les indicateurs et indique ceux qui ne s'appliquent qu'à certains types d'unité : retirez `--unit-kind`
cli-error-binary-terminal = un classeur Excel ne peut pas être affiché dans un terminal
cli-help-binary-terminal = écrivez-le dans un fichier avec `-o`, par exemple `-o modele.xlsx`

cli-io-disk-full = le disque est plein : libérez de la place (ou écrivez sur un autre disque) et relancez la commande ; le fichier précédent n'a pas été modifié
cli-interrupted = arrêt par { $signal } : les fichiers en cours d'écriture ont été supprimés et les précédents laissés tels quels
cli-diagnostics-more = … et { $more } de plus dans { $file } : `lhs-maturity validate --format json` les liste tous
cli-interrupted-idle = arrêt par { $signal }

cli-error-dhis2-option = `{ $option }` est une option de `export dhis2`, `export dhis2-metadata` et `export dhis2-mapping` uniquement
cli-error-dhis2-layout-option = `{ $option }` n'est pas une option de `export { $layout }`
cli-error-dhis2-files = `export { $layout }` ne prend pas de fichiers en entrée : il est fait à partir du référentiel
cli-error-dhis2-no-mapping = `export dhis2` a besoin de la correspondance entre le référentiel et l'instance DHIS2 : `--mapping mapping.json`
cli-help-dhis2-mapping = créez-la avec `lhs-maturity export dhis2-mapping --units units.csv -o mapping.json` une fois le paquet de `lhs-maturity export dhis2-metadata` importé dans DHIS2
cli-error-dhis2-no-reports = `export dhis2` a besoin des rapports ou des évaluations à exporter
cli-dhis2-written = { $file } : valeurs DHIS2 : { $values } ; rapports : { $reports } ; unités d'organisation : { $units } ; périodes : { $periods }
cli-dhis2-metadata-written = { $file } : paquet de métadonnées DHIS2 de `{ $framework }` { $version } : éléments de données : { $elements } ; ensemble de données `{ $data_set }` ({ $period_type })
cli-dhis2-metadata-hint = importez-le une fois dans DHIS2 (application Import/Export, import de métadonnées), puis créez la correspondance avec `lhs-maturity export dhis2-mapping`
cli-dhis2-mapping-written = { $file } : correspondance DHIS2 de `{ $framework }` : nœuds : { $nodes } ; unités d'organisation : { $units }

cli-submissions-counts = { $file } : { $submissions ->
    [one] { $submissions } soumission
    [many] { $submissions } soumissions
   *[other] { $submissions } soumissions
} : { $read } lues, { $refused } refusées, { $left } écartées (rejetées, non approuvées ou non déchiffrées), { $duplicates } doublons supprimés

cli-error-fhir-files = { $layout ->
        [fhir-questionnaire] `export fhir-questionnaire` ne prend pas de fichiers en entrée : le Questionnaire est construit à partir du référentiel
       *[fhir-response] `export fhir-response` demande les auto-évaluations à écrire sous forme de réponses
    }
cli-error-fhir-option = `{ $option }` est une option de `export xlsform` et `export fhir-questionnaire` uniquement

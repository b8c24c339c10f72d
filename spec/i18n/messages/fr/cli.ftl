# Messages de lhs-maturity en français : cli.
# The words of the `lhs-maturity` command: its tables, summaries and notes on a terminal, and the
# Markdown it writes itself (pool, compare, cohort, reliability). JSON and CSV are not translated.
# Translators: keep every { $variable } as it is and every `command` or option in backticks;
# write every plural form your language has. Numbers arrive already written in your language's
# notation; percentages arrive with their % sign. Column headings should stay short: the
# tables are aligned for a terminal 100 characters wide.

## Shared words

cli-overall = Global
cli-unit-not-named = (unité non nommée)
cli-no-score = pas de score
cli-no-period = (période non précisée)
cli-warnings = Avertissements
# $n: how many warnings follow.
cli-warnings-heading = Avertissements ({ $n })
# Joins two reasons in a sentence: "the framework versions differ and the indicator sets differ".
cli-and = { $first } et { $second }
# The answers of respondents as a table shows them: `na`, `?` and `–` are symbols, keep them.
cli-answer-legend = na : non applicable · ? : inconnu · – : non renseigné
# $kind: the kind of unit assessed, a key of the framework.
cli-unit-kind = { $kind ->
    [national] national
    [subnational] infranational
    [district] district
    [facility] formation sanitaire
    [programme] programme
    [network] réseau
   *[other] { $kind }
}
# $n: a number of indicators.
cli-indicator-count = { $n ->
    [one] { $n } indicateur
    [many] { $n } indicateurs
   *[other] { $n } indicateurs
}

## Column headings shared by several tables (lowercase in terminal tables, capitalised in Markdown)

cli-column-unit = unité
cli-column-unit-long = Unité
cli-column-period = période
cli-column-period-long = Période
cli-column-group = groupe
cli-column-group-long = Groupe
cli-column-overall = global
cli-column-level = niv.
# Coverage: the share of the indicators that were rated.
cli-column-coverage = couv.
cli-column-indicator = Indicateur

## Diagnostics and errors (the code in brackets is never translated)

cli-severity-error = erreur
cli-severity-warning = avertissement
cli-label-error = erreur :
cli-label-help = aide :
# $path: a JSON Pointer into the document, such as /answers/inst.info.routine_data.
cli-diagnostic-at-path = à { $path }
# $line, $column: where in the file the problem is.
cli-diagnostic-at-line = à la ligne { $line }, colonne { $column }
# $reason: the operating system's words for what went wrong.
cli-error-stdout = impossible d'écrire sur la sortie standard : { $reason }
cli-help-writable = vérifiez que le répertoire existe et qu'il est accessible en écriture
# $dir: a directory named on the command line.
cli-error-empty-directory = le répertoire `{ $dir }` ne contient aucune évaluation (fichiers *.json ou *.csv)
cli-help-empty-directory = indiquez un répertoire qui contient des fichiers d'évaluation, ou les fichiers eux-mêmes
# $file: a CSV file named on the command line.
cli-error-no-rows = `{ $file }` a une ligne d'en-tête mais aucune ligne d'évaluation
# $file: the CSV file, to be given to `lhs-maturity batch`.
cli-help-score-many = calculez le score de chacune avec `lhs-maturity batch { $file }`
# $file: a JSON file that is a scored report.
cli-error-report-not-assessment = `{ $file }` est un rapport, alors que cette commande lit des évaluations
cli-help-report-not-assessment = indiquez les évaluations des répondants (les fichiers qu'ils ont remplis), et non leurs rapports
# $file: an input of `compare`; $n: how many assessments it holds.
cli-error-compare-many = `{ $file }` contient { $n } évaluations, alors que `compare` prend un seul cycle de chaque côté
cli-help-compare-many = comparez deux fichiers contenant chacun une seule évaluation ; `series` suit plus de cycles, `cohort` résume de nombreuses unités
cli-error-pool-mismatch = les évaluations ne portent pas toutes sur la même unité, la même période et la même version du cadre
cli-help-pool-mismatch = agrégez les répondants d'une même unité et d'une même période, ou ajoutez `--allow-mismatch` pour les agréger malgré tout
cli-error-cv-no-forms = indiquez les formulaires de pertinence remplis, ou --form pour en obtenir un vierge
# A command to copy: translate nothing but the file name if you wish.
cli-help-cv-form = lhs-maturity content-validity --form -o formulaire-pertinence.csv

## Reading and writing files

cli-io-permission-denied = accès refusé
cli-help-read-directory = indiquez les fichiers qu'il contient, ou utilisez `lhs-maturity batch RÉPERTOIRE`
# $dir: the directory; $reason: the operating system's words.
cli-io-cannot-read-directory = impossible de lire le répertoire `{ $dir }` : { $reason }
# $file: the output file; $reason: one of the cli-io-… reasons, or the operating system's words.
cli-io-cannot-write = impossible d'écrire `{ $file }` : { $reason }
cli-io-not-a-file-name = ce n'est pas un nom de fichier
# $dir: the directory the output file should be in.
cli-io-no-directory = le répertoire `{ $dir }` n'existe pas
cli-io-is-a-directory = c'est un répertoire

## template, validate, report

# $framework: the framework id (lhs-2021); $version: its version; $n: how many indicators the
# template has; $file: the file written.
cli-template-written = évaluation vierge de `{ $framework }` { $version } ({ $n ->
    [one] { $n } indicateur
    [many] { $n } indicateurs
   *[other] { $n } indicateurs
}) écrite dans { $file }
cli-validate-valid = valide
cli-validate-invalid = non valide
# $errors, $warnings: how many of each the file has.
cli-validate-counts = ({ $errors ->
    [one] { $errors } erreur
    [many] { $errors } erreurs
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
    [many] { $warnings } avertissements
   *[other] { $warnings } avertissements
})
# $input: the assessment; $overall: the overall score (or cli-no-score); $warnings: how many
# warnings the report has; $file: the report written.
cli-report-written = rapport de { $input } (score global { $overall }, { $warnings ->
    [one] { $warnings } avertissement
    [many] { $warnings } avertissements
   *[other] { $warnings } avertissements
}) écrit dans { $file }

## score --format table

cli-score-column-node = Domaine / sous-domaine
cli-score-column-score = Score
cli-score-column-level = Niveau
# Coverage: the share of the indicators that were rated.
cli-score-column-coverage = Couv.
# The indicators of the assessment by status: $rated, $na (not applicable), $unknown, $missing
# (not answered), out of $total.
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
# Follows cli-score-counts on the same line. $percent: how far the rated indicators have come
# to their targets; $below: how many are below target.
cli-score-to-target =  ; { $percent } du chemin vers la cible ({ $below } sous la cible)
cli-score-learning-profile = Profil d'apprentissage
cli-score-uncertainty = Degré de certitude des scores
cli-uncertainty-column-interval = intervalle à 90 %
cli-uncertainty-column-together = erreurs liées
cli-uncertainty-column-p-level = P(niveau)
cli-uncertainty-column-range = plage si inconnues trouvées
cli-robustness-pair = `{ $value }` n'est pas une paire d'unités : écrivez `A,B`
# A progress bar: keep { $bar }, { $position } and { $length } (the bar, the scenarios done, all
# scenarios).
cli-robustness-progress = scénarios { $bar } { $position }/{ $length }
cli-score-next-steps = Principales prochaines étapes
cli-score-no-steps = Aucun indicateur coté n'est en dessous de sa cible.
# A next step: $rank (1, 2…), the indicator's $name and $indicator id, its $level now and the
# $next level, and the $action (what reaching that level takes).
cli-score-step = { $rank }. { $name } ({ $indicator }), niveau { $level } → { $next } : { $action }
# $n: how many more next steps there are than the table shows.
cli-score-more-steps = … { $n } de plus (`--format markdown` les liste par groupe d'acteurs ; `report` les écrit toutes)

## batch

# A progress bar: keep { $bar }, { $position } and { $length } (the bar, the inputs done, all
# inputs).
cli-batch-progress = calcul des scores { $bar } { $position }/{ $length } entrées
cli-batch-row-failed = échec : voir ci-dessous
# $failed of $total assessments could not be scored; the list follows.
cli-batch-failed = le score n'a pas pu être calculé pour { $failed ->
    [one] { $failed } évaluation
    [many] { $failed } évaluations
   *[other] { $failed } évaluations
} sur { $total } :
# After the first failures listed: how many more the summary holds.
cli-batch-more-failed = … et { $more } de plus : la colonne `error` du résumé indique, pour chacune, pourquoi le score n'a pas pu être calculé
# $scored of $total assessments, read from $inputs files, in $seconds seconds.
cli-batch-summary = scores calculés pour { $scored ->
    [one] { $scored } évaluation
    [many] { $scored } évaluations
   *[other] { $scored } évaluations
} sur { $total }, à partir de { $inputs ->
    [one] { $inputs } entrée
    [many] { $inputs } entrées
   *[other] { $inputs } entrées
}, en { $seconds } s
# cli-batch-summary, then $file: the summary written.
cli-batch-summary-written = scores calculés pour { $scored ->
    [one] { $scored } évaluation
    [many] { $scored } évaluations
   *[other] { $scored } évaluations
} sur { $total }, à partir de { $inputs ->
    [one] { $inputs } entrée
    [many] { $inputs } entrées
   *[other] { $inputs } entrées
}, en { $seconds } s ; résumé écrit dans { $file }

## framework (outline, indicators, lint, languages)

# $title: the framework's title; $framework: its id; $version; $n: how many indicators.
cli-framework-title = { $title } — `{ $framework }`, version { $version } ({ $n ->
    [one] { $n } indicateur
    [many] { $n } indicateurs
   *[other] { $n } indicateurs
})
# $citation: the publication the framework is built on.
cli-framework-source = Source : { $citation }
cli-framework-scale = Échelle :
cli-framework-facets = Facettes :
cli-framework-domains = Domaines :
cli-framework-list-hint = Pour lister les indicateurs : `lhs-maturity framework indicators`.
# The weight of an outcome indicator, which is reported apart from the scores.
cli-weight-outcome = résultat
# The weight of an indicator that does not apply to the unit kind.
cli-weight-none = n.a.
# $n: how many indicators count in the scores; $min and $max: the smallest and largest
# effective weight (percentages); $ratio: max divided by min.
cli-indicators-summary = { $n ->
    [one] { $n } indicateur pris en compte dans les scores
    [many] { $n } indicateurs pris en compte dans les scores
   *[other] { $n } indicateurs pris en compte dans les scores
} ; poids effectif de { $min } à { $max } (max/min { $ratio }) ; les indicateurs de résultats sont présentés à part
# cli-indicators-summary for a unit of one kind: $kind is cli-unit-kind.
cli-indicators-summary-kind = { $n ->
    [one] { $n } indicateur pris en compte dans les scores
    [many] { $n } indicateurs pris en compte dans les scores
   *[other] { $n } indicateurs pris en compte dans les scores
} pour une unité de type « { $kind } » ; poids effectif de { $min } à { $max } (max/min { $ratio }) ; les indicateurs de résultats sont présentés à part
# $level: a level of the scale (0–4); $words: the average number of words of its descriptors.
cli-lint-level-words = niveau { $level } : { $words } mots
# $framework, $version; $indicators and $findings: how many; $average: words per descriptor;
# $levels: the cli-lint-level-words of every level, joined by commas.
cli-lint-summary = { $framework } { $version } : { $indicators ->
    [one] { $indicators } indicateur
    [many] { $indicators } indicateurs
   *[other] { $indicators } indicateurs
}, { $findings ->
    [one] { $findings } constat
    [many] { $findings } constats
   *[other] { $findings } constats
} ; nombre moyen de mots par descripteur : { $average } ({ $levels })
# $framework: the framework id; $version; $n: how many languages its texts are in.
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
# How far a translation can be trusted: the source language, a translation no native-speaking
# reviewer has signed off yet, one a reviewer has signed off, or a language the framework does
# not declare.
cli-language-status = { $status ->
    [source] source
    [provisional] provisoire
    [reviewed] relue
    [undeclared] non déclarée
   *[other] { $status }
}
# $translated of $total texts exist in the language; $percent: the share, rounded down.
cli-languages-completeness = { $translated }/{ $total } ({ $percent })
# $pointer: the JSON Pointer of the first text the language lacks.
cli-languages-first-missing = premier texte manquant : { $pointer }

## migrate, content-validity

# $class: how an indicator of the new version comes from the old one (a key of the migration
# map); $n: how many indicators.
cli-migrate-class = { $class ->
    [equivalent] équivalents
    [merged_duplicate] doublons fusionnés
    [merged_conjunctive] fusionnés par conjonction
    [revised] révisés
    [new] nouveaux
   *[other] { $class }
} : { $n }
# $file: the assessment; $from and $to: the versions; $carried: levels kept as they were;
# $proposed: levels a rater must confirm; $unmapped: answers with no place in the new version;
# $classes: the cli-migrate-class counts, joined by commas.
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
# Item-level content validity index: keep the abbreviation, or use the one of your literature.
cli-cv-column-icvi = I-CVI
cli-cv-column-kappa = kappa
cli-cv-column-interpretation = interprétation
# $value: the verdict on an indicator's content validity.
cli-cv-interpretation = { $value ->
    [excellent] excellent
    [good] bon
    [fair] passable
    [poor] faible
    [too_few_experts] trop peu d'experts
    [not_rated] non coté
   *[other] { $value }
}
# $experts: how many experts rated; $average and $universal: the scale-level indices.
cli-cv-summary = { $experts ->
    [one] { $experts } expert
    [many] { $experts } experts
   *[other] { $experts } experts
} ; S-CVI/Ave { $average }, S-CVI/UA { $universal } (spec/SCORING.md §26)

## pool

# $respondents: how many; $method: how their levels were combined; $items: indicators
# answered; $agenda: indicators on the disagreement agenda.
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
# $unit: the unit and period pooled.
cli-pool-title = Évaluation agrégée : { $unit }
cli-pool-column-respondent = Répondant
cli-pool-column-file = Fichier
cli-pool-agreement-heading = Accord entre les répondants (indicateurs pris comme unités d'analyse)
cli-pool-agreement-title = Accord entre les répondants
cli-agreement-column-scope = Périmètre
# Krippendorff's alpha (α) with the ordinal and the interval metric, and the indicators it
# used; the intraclass correlation ICC(2,1) and ICC(2,k), and the indicators it used.
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
# $n: how many indicators are on the agenda.
cli-pool-agenda-heading = Ordre du jour des désaccords : { $n ->
    [one] { $n } indicateur
    [many] { $n } indicateurs
   *[other] { $n } indicateurs
}, écart le plus grand en premier (à examiner en réunion de consensus)
cli-pool-agenda-none = Aucun indicateur n'a reçu de niveaux différents de la part des répondants.
cli-pool-agenda-order = Écart le plus grand en premier, puis écart interquartile le plus grand.
# The range of the levels given (highest minus lowest), and the interquartile range.
cli-pool-column-range = écart
cli-pool-column-range-long = Écart
cli-pool-column-iqr = EIQ
cli-pool-consensus-title = Réponses de consensus
# $n: how many answers agreed in a consensus meeting replace the pooled ones.
cli-pool-consensus-heading = { $n ->
    [one] Consensus : { $n } réponse convenue remplace la réponse agrégée
    [many] Consensus : { $n } réponses convenues remplacent les réponses agrégées
   *[other] Consensus : { $n } réponses convenues remplacent les réponses agrégées
}
# $respondents: how many were pooled; $items: indicators answered; $file: the pooled assessment.
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

## compare

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
# $before and $after: the periods of the two rounds.
cli-compare-title = Comparaison : { $before } → { $after }
# $n: how many indicators both rounds have.
cli-compare-comparable = Directement comparables : même version du cadre et même ensemble de { $n ->
    [one] { $n } indicateur
    [many] { $n } indicateurs
   *[other] { $n } indicateurs
} dans les deux cycles.
# $before and $after: each round's framework id and version.
cli-compare-versions-differ = les versions du cadre diffèrent ({ $before } → { $after })
cli-compare-sets-differ = les ensembles d'indicateurs diffèrent
# $reasons: cli-compare-versions-differ and/or cli-compare-sets-differ; $n: the indicators
# compared; $shared: `equivalent` when a migration map says which indicators kept their meaning.
cli-compare-restricted = Comparaison restreinte : { $reasons } ; chaque score ci-dessous est recalculé sur { $n ->
    [one] { $n } indicateur
    [many] les { $n } indicateurs
   *[other] les { $n } indicateurs
} { $shared ->
    [equivalent] que les deux cycles ont en commun avec le même sens (classe « équivalent » dans la table de migration ; les autres ont été révisés, fusionnés ou supprimés)
   *[other] que les deux cycles ont en commun
}.
# $n: how many indicators only the earlier round has; $ids: their ids.
cli-compare-only-before = Uniquement dans le cycle antérieur ({ $n }) : { $ids }
# $n: how many indicators only the later round has; $ids: their ids.
cli-compare-only-after = Uniquement dans le cycle le plus récent ({ $n }) : { $ids }
# How many indicators rated in both rounds went up, down, or stayed.
cli-compare-counts = Indicateurs cotés dans les deux cycles : { $improved } en progrès, { $regressed } en recul, { $unchanged } sans changement.
# $percent: the levels gained over the gap to target.
cli-compare-progress = Progrès vers la cible : { $percent } du chemin (niveaux gagnés rapportés à l'écart à la cible, pour les indicateurs qui étaient sous leur cible lors du cycle antérieur).
cli-compare-progress-none = Progrès vers la cible : non défini (aucun indicateur coté dans les deux cycles n'était sous sa cible lors du cycle antérieur).
# $n: how many indicators went up a level or more.
cli-compare-improved = En progrès ({ $n })
# $n: how many indicators went down a level or more.
cli-compare-regressed = En recul ({ $n })
# $target: the target level; $percent: how far the indicator has come to it.
cli-compare-target-progress = cible { $target }, { $percent } du chemin
# $target: the target level (no progress can be given).
cli-compare-target = cible { $target }

## cohort

# $units: how many units; $framework, $version: the framework of the reports.
cli-cohort-heading = Cohorte de { $units ->
    [one] { $units } unité
    [many] { $units } unités
   *[other] { $units } unités
} · { $framework } { $version }
# $label: what the units are grouped by (region, kind…).
cli-cohort-grouped-by = regroupement par { $label }
# $min: the smallest group that gets statistics.
cli-cohort-suppression = Les groupes de moins de { $min ->
    [one] { $min } unité
    [many] { $min } unités
   *[other] { $min } unités
} sont masqués (pas de statistiques), afin qu'aucune unité ne puisse être identifiée.
# cli-cohort-suppression, then $suppressed: how many groups were suppressed here.
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
# $group: the group's label value; $units: how many units it has.
cli-cohort-group = { $group } ({ $units ->
    [one] { $units } unité
    [many] { $units } unités
   *[other] { $units } unités
})
# cli-cohort-group, then $min: the smallest group that gets statistics.
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
# Statistics of a group: count, mean, standard deviation, minimum, first quartile, median,
# third quartile, maximum (short in terminal tables, six characters at most).
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

## reliability

# $units: how many units; $framework, $version: the framework of the reports.
cli-reliability-heading = Fiabilité de l'instrument sur { $units ->
    [one] { $units } unité
    [many] { $units } unités
   *[other] { $units } unités
} · { $framework } { $version }
# The same as a Markdown title.
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
# An item's statistics: $alpha (Cronbach's alpha without it) and $correlation (its corrected
# item–total correlation), both already padded to their columns.
cli-reliability-item = alpha si retiré { $alpha }  r item–total { $correlation }
cli-reliability-column-alpha-if-deleted = Alpha si retiré
cli-reliability-column-item-total = r item–total
# $item: an indicator id; $node: the domain or sub-domain id it is counted in.
cli-reliability-item-in = `{ $item }` (dans `{ $node }`)
# $top: the top level of the scale, its number and name.
cli-reliability-floor-heading = Effets plancher et plafond : part des unités qui ont coté l'indicateur au niveau 0, et au niveau maximal ({ $top })
cli-reliability-floor-title = Effets plancher et plafond
# $top: the top level of the scale, its number and name.
cli-reliability-floor-intro = Part des unités qui ont coté l'indicateur au niveau 0 (plancher), et au niveau maximal, { $top } (plafond).
cli-reliability-column-rated = cotés
cli-reliability-column-floor = planch.
cli-reliability-column-ceiling = plafond
cli-reliability-column-rated-long = Cotés
cli-reliability-column-floor-long = Plancher
cli-reliability-column-ceiling-long = Plafond

## series

# $unit: the unit followed; $n: how many rounds.
cli-series-heading = { $unit } : { $n ->
    [one] { $n } cycle
    [many] { $n } cycles
   *[other] { $n } cycles
}

# `export xlsform`: the form written. $framework, $version: the framework; $revision: the form's
# revision; $n: its indicators; $units: the units of the list given with --units (0: none, the
# unit is typed in); $file: the .xlsx file.
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
# $option: `--units`, `--form-revision` or `--period`, given to `export long`
cli-error-xlsform-option = `{ $option }` est une option de `export xlsform` uniquement
cli-error-xlsform-files = `export xlsform` ne prend aucun fichier en entrée : le formulaire est construit à partir du cadre
cli-error-template-xlsx-kind = le modèle Excel contient tous les indicateurs et indique ceux qui ne s'appliquent qu'à certains types d'unité : retirez `--unit-kind`
cli-error-binary-terminal = un classeur Excel ne peut pas être affiché dans un terminal
cli-help-binary-terminal = écrivez-le dans un fichier avec `-o`, par exemple `-o modele.xlsx`

# $file: an output file the disk had no room for (cli-io-cannot-write's $reason).
cli-io-disk-full = le disque est plein : libérez de la place (ou écrivez sur un autre disque) et relancez la commande ; le fichier précédent n'a pas été modifié
# $signal: SIGINT (Ctrl+C) or SIGTERM.
cli-interrupted = arrêt par { $signal } : les fichiers en cours d'écriture ont été supprimés et les précédents laissés tels quels
# $more: problems of $file not printed after the first 100.
cli-diagnostics-more = … et { $more } de plus dans { $file } : `lhs-maturity validate --format json` les liste tous
# $signal: SIGINT (Ctrl+C) or SIGTERM, when no file was being written.
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

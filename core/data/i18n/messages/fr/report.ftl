

-lhs = système de santé apprenant


count-indicators = { $n ->
    [one] { $n } indicateur
    [many] { $n } indicateurs
   *[other] { $n } indicateurs
}


report-overall = Résultat global
report-outcome-profile = Profil de résultats
report-learning-profile = Profil d'apprentissage
report-next-steps = Prochaines étapes par groupe d'acteurs
report-no-steps = Aucun indicateur coté n'est en dessous de sa cible.
report-no-score = pas de score


report-col-domain = Domaine
report-col-outcome = Résultat
report-col-id = Identifiant
report-col-score = Score
report-col-level = Niveau
report-col-coverage = Couverture
report-col-to-target = Vers la cible
report-col-facet = Facette
report-col-value = Valeur
report-col-indicator = Indicateur
report-col-indicators = Indicateurs
report-col-target = Cible
report-col-rated = Cotés
report-col-na = Non applicables
report-col-unknown = Inconnus
report-col-missing = Non renseignés


report-step-levels = niveau { $move }


md-label-unit = Unité :
md-label-period = Période :
md-label-framework = Cadre :
md-unit-not-named = (unité non nommée)
md-domains = Domaines
md-warnings = Avertissements
md-overall = Score { $score } · niveau { $level } · { $percent } du niveau maximal · couverture { $coverage } ({ $rated ->
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
}, sur { $total })
md-progress = Progrès vers la cible : { $percent } (indicateurs cotés ayant une cible : { $below } sur { $with } en dessous de celle-ci ; écart total { $gap ->
    [one] { $gap } niveau
    [many] { $gap } niveaux
   *[other] { $gap } niveaux
})
md-outcome-note = Processus et résultats de l'apprentissage, présentés à part : ils n'entrent pas dans le score global.
md-step = { $name } ({ $id }), { $levels } : { $action }
md-more = … et { $n } de plus


html-subtitle = Rapport d'auto-évaluation · { $framework }
html-unit-not-named = Unité non nommée
html-unit-id = Identifiant de l'unité
html-unit-kind = Type d'unité
html-period = Période
html-not-given = non précisée
html-respondent = Répondant
html-framework = Cadre
html-framework-version = { $title } { $id }, version { $version }
html-translation-provisional = Traduction : provisoire (pas encore relue par un relecteur de langue maternelle française)


html-overall-score = Score global
html-tile-level = Niveau
html-tile-coverage = Couverture
html-rated-of = { $rated ->
    [one] { $rated } sur { $total } coté
    [many] { $rated } sur { $total } cotés
   *[other] { $rated } sur { $total } cotés
}
html-tile-target = Progrès vers la cible
html-below-of = { $below } sur { $with } sous la cible
html-answers = { $percent } du niveau maximal. Réponses pour { $total ->
    [one] { $total } indicateur pris en compte
    [many] les { $total } indicateurs pris en compte
   *[other] les { $total } indicateurs pris en compte
} dans le score global : { $rated ->
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
}.
html-outcomes-apart = Le profil de résultats est présenté à part.
html-radar-caption = Scores des domaines sur l'échelle 0–{ $top }.
html-facets-caption = Profil d'apprentissage : score des indicateurs associés à chaque valeur de facette.


html-domains = Domaines et sous-domaines
html-outcomes-note = Processus et résultats de l'apprentissage, présentés à part : ils sont ce que les domaines ci-dessus doivent produire, c'est pourquoi ils n'entrent pas dans le score global.
html-steps-intro = { $n ->
    [one] { $n } prochaine étape, classée selon les points de score global en jeu. Elle fait monter un indicateur d'un niveau.
    [many] { $n } prochaines étapes, classées selon les points de score global en jeu. Chacune fait monter un indicateur d'un niveau.
   *[other] { $n } prochaines étapes, classées selon les points de score global en jeu. Chacune fait monter un indicateur d'un niveau.
}
html-step = { $name } { $id }, { $levels } : { $action }
html-step-target = { $name } { $id }, { $levels } (cible { $target }) : { $action }
html-step-reach = atteindre « { $descriptor } »


html-indicators = Indicateurs
html-col-evidence = Sources de vérification et descripteurs
html-left-out = { $n ->
    [one] { $n } indicateur ne s'applique pas à une unité de ce type et n'est pas présenté.
    [many] { $n } indicateurs ne s'appliquent pas à une unité de ce type et ne sont pas présentés.
   *[other] { $n } indicateurs ne s'appliquent pas à une unité de ce type et ne sont pas présentés.
}
html-status-na = non applicable
html-status-unknown = inconnu
html-status-missing = non renseigné
html-status-does-not-apply = ne s'applique pas à cette unité
html-gap = (écart { $gap })
html-evidence = Sources de vérification :
html-why-na = Pourquoi non applicable :
html-confidence = Confiance : { $confidence ->
    [low] faible
    [medium] moyenne
   *[high] élevée
}
html-now = Actuel (niveau { $level })
html-next-level = Suivant (niveau { $level })
html-next = Suivant
html-top-reached = Le niveau maximal est atteint.
html-statement = Énoncé


html-warnings = Avertissements et couverture
html-no-warnings = Aucun avertissement.
html-warnings-intro = { $n ->
    [one] { $n } avertissement (il ne modifie aucun chiffre) :
    [many] { $n } avertissements (ils ne modifient aucun chiffre) :
   *[other] { $n } avertissements (ils ne modifient aucun chiffre) :
}
html-warning = { $code } à { $path } : { $message }
html-glossary = Glossaire
html-footer = Scores calculés avec lhs-maturity { $tool } selon { $id } { $version } (format de rapport { $format }). Les scores sont exprimés sur l'échelle 0–{ $top } ; les valeurs ne sont arrondies que pour l'affichage.
html-source = Source du cadre : { $citation }.
html-source-licence = Source du cadre : { $citation }. Licence : { $licence }.
html-translation-disclaimer = Cette traduction n'a pas été réalisée par l'Organisation mondiale de la Santé (OMS). L'OMS n'est responsable ni du contenu ni de l'exactitude de cette traduction. L'édition anglaise de ce cadre est la seule qui fait foi.


svg-radar-title = Scores des domaines
svg-radar-desc = Score de chaque domaine sur l'échelle de 0 à { $top } : { $scores }
svg-facets-title = Profil d'apprentissage
svg-bars-desc = Score sur l'échelle de 0 à { $top } : { $scores }
svg-item = { $name } : { $score }
svg-group-item = { $group }, { $name } : { $score }
svg-list-separator = {"; "}
svg-legend-score = score obtenu
svg-legend-target = cible moyenne des indicateurs cotés


template-comment = Une auto-évaluation vierge de `{ $id }` { $version }. Pour chaque indicateur, indiquez dans `level` un niveau de 0 à { $top } ou "unknown" (question posée, personne n'a pu vérifier), ou laissez-le à null (non renseigné) ; notez les sources de vérification. { $na } Au lieu du niveau, vous pouvez consigner les éléments vérifiés, par exemple { $example } : le niveau en est alors déduit. Une réponse peut aussi comporter "confidence" (low, medium, high) et "target" (un niveau). Ajoutez "default_target": N en tête du fichier pour fixer une cible à chaque indicateur. Les champs qui commencent par $ sont des notes et peuvent être supprimés.
template-na-applies = Les indicateurs listés s'appliquent à ce type d'unité : si ce qu'un indicateur décrit n'existe pas, cotez-le 0 (inexistant), et non "na".
template-na-justify = "na" signifie non applicable : ajoutez alors une "justification".
template-indicator = { $name }: { $statement }
template-level = { $level } { $name }: { $descriptor }
template-csv-level = { $name }: { $descriptor }
template-meta-framework-id-name = identifiant du cadre
template-meta-framework-id = L'identifiant du cadre auquel se rapportent les réponses ; laissez-le tel quel
template-meta-framework-version-name = version du cadre
template-meta-framework-version = La version de ce cadre ; laissez-la telle quelle
template-meta-unit-id-name = identifiant de l'unité
template-meta-unit-id = Un identifiant stable de l'unité évaluée, par exemple kis-east
template-meta-unit-name-name = nom de l'unité
template-meta-unit-name = Le nom de l'unité évaluée, par exemple Équipe cadre du district sanitaire de Kisumu East
template-meta-unit-kind-name = type d'unité
template-meta-unit-kind = Le type d'unité : district, national, facility (formation sanitaire), programme...
template-meta-period-name = période
template-meta-period = La période décrite par l'évaluation, par exemple 2026-Q3
template-meta-respondent-id-name = identifiant du répondant
template-meta-respondent-id = Un identifiant de la personne qui a répondu (un pseudonyme convient)
template-meta-respondent-name-name = nom du répondant
template-meta-respondent-name = Le nom de la personne qui a répondu (facultatif)
template-meta-respondent-role-name = fonction du répondant
template-meta-respondent-role = La fonction du répondant, idéalement l'un des groupes de la facette Groupe d'acteurs
template-meta-default-target-name = cible par défaut
template-meta-default-target = Le niveau visé pour tout indicateur qui n'a pas sa propre cible, ou vide

report-unit-kind = { $kind ->
    [national] national
    [subnational] infranational
    [district] district
    [facility] formation sanitaire
    [programme] programme
    [network] réseau
   *[other] { $kind }
}

template-form-unit = Unité évaluée
template-form-unit-id = Identifiant de l'unité évaluée (p. ex. kis-east)
template-form-unit-name = Nom de l'unité évaluée
template-form-period = Période évaluée
template-form-period-hint = Une année (2026) ou un trimestre (2026-Q3)
template-form-period-constraint = Écrivez une année (2026) ou un trimestre (2026-Q3)
template-form-role = Votre groupe d'acteurs
template-form-na = Non applicable à cette unité
template-form-unknown = Inconnu : personne n'a pu vérifier
template-form-evidence-list = Éléments de preuve à vérifier : { $list }
template-form-evidence = Éléments de preuve de la cotation (documents, procès-verbaux, observations)
template-form-confidence = Quel est votre degré de certitude sur cette cotation ?
template-form-confidence-level = { $confidence ->
    [low] Faible : peu d'éléments de preuve, une estimation
    [medium] Moyen : quelques éléments de preuve
   *[high] Élevé : bien documenté
}
template-form-justification = Pourquoi cet indicateur ne s'applique-t-il pas à l'unité ?

template-workbook-sheet = Évaluation
template-workbook-col-field = Rubrique
template-workbook-col-value = Valeur
template-workbook-col-help = Quoi écrire
template-workbook-col-name = Indicateur
template-workbook-col-statement = Énoncé
template-workbook-col-question = Question d'orientation
template-workbook-col-answer = Niveau
template-workbook-col-evidence = Preuves vues
template-workbook-col-justification = Justification (si na)
template-workbook-col-confidence = Confiance
template-workbook-col-target = Cible
template-workbook-col-evidence-to-check = Preuves à vérifier
template-workbook-col-applies-to = Seulement pour les unités de type
template-workbook-level = { $level } { $name }
template-workbook-instructions-title = Comment remplir
template-workbook-instructions = Remplissez les lignes ci-dessus, puis une feuille par domaine. Pour chaque indicateur, choisissez dans la colonne « { $level } » un niveau de 0 à { $top }, ou na (non applicable : écrivez alors une justification), ou unknown (posée, personne n'a pu vérifier) ; laissez-la vide si la question n'a pas reçu de réponse. Notez les preuves vues. La confiance (low, medium, high) et un niveau cible sont facultatifs. Laissez la colonne A et la ligne 1 masquées telles quelles : c'est par elles que le fichier est relu.
template-workbook-applies-note = Un indicateur dont la colonne « { $column } » donne des types d'unité n'est coté que pour les unités de ces types : pour une autre unité, laissez-le vide.


report-uncertainty = Degré de certitude des scores
uncertainty-level = Compte tenu de la confiance des évaluateurs, le niveau global est { $level } avec une probabilité de { $p } ({ $together } si les erreurs d'un même évaluateur vont dans le même sens).
uncertainty-no-score = Le score global est vide : il n'y a pas d'incertitude à présenter.
uncertainty-bounds = Si toutes les réponses inconnues et manquantes étaient trouvées, le score global serait compris entre { $low } (niveau { $level_low }) et { $high } (niveau { $level_high }).
uncertainty-bounds-settled = Si toutes les réponses inconnues et manquantes étaient trouvées, le score global serait compris entre { $low } et { $high } : le niveau ne peut pas changer.
uncertainty-exact = Calcul exact sur { $n } combinaisons des { $answers } réponses incertaines.
uncertainty-monte-carlo = Calcul sur { $draws } tirages aléatoires (graine { $seed }) pour les { $answers } réponses incertaines.
report-col-interval = Intervalle à 90 %
report-col-interval-together = Intervalle à 90 %, erreurs liées
report-col-p-level = Probabilité de ce niveau
report-col-bounds = Plage si les inconnues étaient trouvées
html-radar-intervals = Le trait sur chaque axe est l'intervalle à 90 % du domaine, compte tenu de la confiance des évaluateurs.
svg-interval = { $name } : intervalle à 90 % { $low }–{ $high }


robustness-title = Les résultats résistent-ils à d'autres choix raisonnables ?
robustness-intro = { $units ->
    [one] Une unité notée
    [many] { $units } unités notées
   *[other] { $units } unités notées
} selon { $framework } dans { $runs } scénarios (graine { $seed }).
robustness-factors = Choix variés ensemble : { $factors }.
robustness-no-factor = Rien n'a varié : chaque scénario est le cadre tel quel.
robustness-rank-shift = En moyenne, une unité s'écarte de { $mean } places de son rang publié (5–95 % des scénarios : { $interval }).
robustness-ranks-note = Les rangs sont à usage interne : ils désignent des unités.
robustness-units = Chaque unité
robustness-units-note = La médiane et l'intervalle à 90 % du score global de chaque unité sur les scénarios, et la part des scénarios qui conservent son niveau publié.
robustness-col-unit = Unité
robustness-col-median = Médiane
robustness-col-keeps-level = Conserve son niveau
robustness-col-rank = Rang
robustness-col-median-rank = Rang médian
robustness-col-rank-interval = Rang, 5–95 %
robustness-col-top = Parmi les { $k } premières
robustness-pairs = Paires d'unités
robustness-col-pair = Unités A · B
robustness-col-above = A devant B
robustness-col-tie = À égalité
robustness-left-out = Chaque domaine retiré
robustness-left-out-note = Le score global de chaque unité sans un domaine, les poids des autres domaines renormalisés.
robustness-sensitivity = Quels choix font bouger les résultats
robustness-sensitivity-note = Indices de Sobol totaux : la part de la variance d'un résultat due à un choix, seul ou combiné à d'autres (0 : aucune ; proche de 1 : presque toute).
robustness-sensitivity-rank-shift-null = Les indices sur l'écart de rang sont vides : { $reason }.
robustness-col-factor = Choix varié
robustness-col-st-rank-shift = Sur l'écart de rang
robustness-col-st-median = Sur les scores des unités (médiane)
robustness-col-st-max = Sur les scores des unités (maximum)
robustness-chart = Score global de chaque unité : score publié (trait), médiane (point) et intervalle à 90 % (ligne) sur les scénarios.
robustness-chart-unit = { $unit } : médiane { $median }, intervalle à 90 % { $interval }



page-title = Auto-évaluation du système de santé apprenant
page-intro = Cadre intégré : { $framework }. Cotez chaque indicateur de { $bottom } ({ $bottom-name }) à { $top } ({ $top-name }). Les réponses restent dans ce navigateur : rien n'est envoyé ailleurs.
page-skip = Aller aux résultats
page-language = Langue
page-language-failed = Impossible de charger { $language } ; la page reste en anglais.
page-language-pack-failed = Les textes en { $language } n'ont pas pu être chargés : ils sont affichés en anglais.
page-translation-provisional = Traduction provisoire, pas encore relue.
page-translation-disclaimer = Les traductions sont des adaptations réalisées pour cet outil : l'OMS ne les a pas approuvées. Le texte anglais fait foi.


page-answered = Renseignés
    .aria-label = Indicateurs renseignés
page-progress = { $answered } / { $total }
page-overall-short = Global
page-score-of = { $score } / { $top }
page-to-results = Résultats ↓


page-about = À propos de cette évaluation
page-unit-name = Unité évaluée (district, ministère, formation sanitaire…)
    .placeholder = p. ex. Équipe cadre du district sanitaire de Kisumu East
page-unit-kind = Type d'unité (seuls les indicateurs qui s'y appliquent sont affichés)
page-kind-none = Non précisé (tous les indicateurs)
page-kind = { $kind ->
    [national] National (ministère de la Santé, système de santé national)
    [subnational] Infranational (région, province, État)
    [district] District (équipe cadre de district ou système de santé de district)
    [facility] Formation sanitaire (hôpital, centre de santé, dispensaire)
    [programme] Programme (p. ex. un programme national de lutte contre le paludisme)
    [network] Réseau d'unités qui apprennent ensemble
   *[other] { $kind }
}
page-kind-unknown = { $kind } (n'est pas un type d'unité)
page-period = Période
    .placeholder = p. ex. 2026-Q3
page-default-target = Niveau cible de tous les indicateurs (sauf cible fixée pour un indicateur)
page-target-none = Aucun


page-level-choice = { $level } · { $name }
page-guiding-question = Question directrice :
page-what-to-check = Points à vérifier :
page-terms-used = Termes utilisés ({ $n })
page-level-legend = Niveau
page-na = NA
page-na-hint = non applicable ici
page-dont-know = Ne sait pas
page-not-answered = Non renseigné
page-why-na = Pourquoi cet indicateur est-il non applicable ?
page-evidence-note = Note sur les sources de vérification
    .placeholder = Documents, procès-verbaux, données qui justifient le niveau
page-target = Niveau cible
page-confidence = Confiance
page-confidence-level = { $confidence ->
    [low] Faible
    [medium] Moyenne
   *[high] Élevée
}
page-confidence-none = Non précisée
page-incomplete = Sans réponse pour l’instant : { $missing } sur { $total }


page-state-level = Niveau { $level } · { $name }
page-state-na = Non applicable
page-state-unknown = Ne sait pas
page-state-missing = Non renseigné


page-results = Résultats
page-overall = Résultat global
page-level = Niveau
page-of-top-level = { $percent } du niveau maximal
page-coverage = Couverture
page-counts = { $rated ->
    [one] { $rated } coté
    [many] { $rated } cotés
   *[other] { $rated } cotés
}, { $na ->
    [one] { $na } non applicable
    [many] { $na } non applicables
   *[other] { $na } non applicables
}, { $unknown } « ne sait pas », { $missing ->
    [one] { $missing } non renseigné
    [many] { $missing } non renseignés
   *[other] { $missing } non renseignés
}
page-progress-to-target = Progrès vers la cible : { $percent } · { $below } sous la cible
page-domains = Domaines
page-domain-scores = Scores par domaine
page-col-domain = Domaine
page-col-score = Score
page-col-level = Niveau
page-col-coverage = Couverture
page-outcomes = Profil de résultats
page-outcomes-note = Ce que l'apprentissage permet d'obtenir. Présenté à part, il n'entre pas dans le score global.
page-outcome-scores = Scores des résultats
page-col-outcome = Résultat
page-profile = Comment le système apprend
page-steps = Prochaines étapes par groupe d'acteurs
page-no-steps = Aucune prochaine étape : elles apparaissent pour les indicateurs cotés en dessous de leur cible.
page-steps-count = ({ $n })
page-step-from-to = de { $level } à { $next }
page-warnings = Points d'attention ({ $n })
page-chart-failed = Le graphique n'a pas pu être affiché.
page-chart-loading = Le graphique est en cours de tracé…
page-cannot-score = Le score de ces réponses ne peut pas être calculé :
page-at-path = (à { $path })
page-at-line = (ligne { $line }, colonne { $column })
page-help = Aide : { $help }


page-files = Enregistrer et charger
page-export-answers = Exporter les réponses (JSON)
page-export-report-json = Exporter le rapport (JSON)
page-export-report-md = Exporter le rapport (Markdown)
page-import = Importer des réponses (JSON)…
page-reset = Effacer toutes les réponses
page-reset-confirm = Effacer toutes les réponses ? Exportez-les d'abord si vous voulez les conserver.
page-reset-done = Toutes les réponses ont été effacées.
page-save-failed = Les réponses n'ont pas pu être enregistrées dans ce navigateur (stockage plein ou désactivé). Exportez-les pour les conserver.
page-saved-damaged = Les réponses enregistrées dans ce navigateur n'ont pas pu être lues : elles ont été mises de côté et une nouvelle évaluation a été commencée.
page-saved-damaged-not-kept = Les réponses enregistrées dans ce navigateur n'ont pas pu être lues, ni être mises de côté (stockage plein ou désactivé). Exportez-les maintenant si vous en avez besoin : elles seront perdues quand vous quitterez cette page.
page-saved-damaged-download = Exporter les réponses endommagées (JSON)
page-import-unreadable = Le fichier « { $file } » n'a pas pu être lu.
page-import-invalid = Le fichier « { $file } » n'a pas été importé : ce n'est pas une évaluation valide pour { $framework }. Vos réponses actuelles sont inchangées.
page-imported = { $n ->
    [one] Fichier « { $file } » importé : { $n } réponse.
    [many] Fichier « { $file } » importé : { $n } réponses.
   *[other] Fichier « { $file } » importé : { $n } réponses.
}


page-footer = Scores calculés par { $tool } (WebAssembly). Le cadre est adapté de { $report } (OMS/AHPSR 2021, CC BY-NC-SA 3.0 IGO) ; l'OMS et les auteurs n'approuvent pas cette adaptation.
page-footer-report = Learning health systems: pathways to progress [Systèmes de santé apprenants : des voies vers le progrès]

page-training = Avant de coter, entraînez-vous sur les { $cases } (un district, une formation sanitaire et une unité nationale, chacun avec ses niveaux de référence et leurs justifications) et suivez le { $protocol }.
page-training-cases = cas d'étalonnage
page-training-protocol = protocole d'évaluation


page-save-quota = Les réponses n'ont pas pu être enregistrées dans ce navigateur : son espace de stockage est plein. Elles restent affichées sur cette page ; exportez-les dès maintenant pour les conserver, ou libérez de l'espace de stockage pour ce site dans les paramètres du navigateur.
page-save-ok = Les réponses sont de nouveau enregistrées dans ce navigateur.
page-import-too-large = Le fichier « { $file } » n'a pas été importé : sa taille dépasse { $limit } Mio, la taille maximale des documents lus par cet outil. Vos réponses actuelles sont inchangées.
page-import-not-utf8 = Le fichier « { $file } » n'a pas été importé : ce n'est pas un texte en UTF-8. Enregistrez-le de nouveau en UTF-8 (l'encodage des fichiers JSON) puis importez-le de nouveau. Vos réponses actuelles sont inchangées.
page-import-newer = Le fichier « { $file } » n'a pas été importé : il a été établi pour la version { $given } du cadre, plus récente que la version connue de cette page ({ $version }). Ouvrez-le avec une version à jour de cette page. Vos réponses actuelles sont inchangées.


page-views =
    .aria-label = Vues
page-view-questionnaire = Questionnaire
page-view-workshop = Atelier de consensus
page-ws-title = Atelier de consensus
page-ws-intro = Regroupez les réponses de plusieurs répondants d'une même unité et d'une même période, examinez d'abord les indicateurs sur lesquels leurs notations divergent le plus, consignez le niveau retenu par le groupe et sa justification, puis exportez l'évaluation consensuelle et son rapport. Tout reste dans ce navigateur ; rien n'est transmis.
page-ws-loading = Chargement du moteur de regroupement…
page-ws-load-failed = Le moteur de regroupement n'a pas pu être chargé : { $error }
page-ws-respondents = Répondants
page-ws-load-files = Charger les fichiers des répondants (JSON)…
page-ws-add-name = Nom du répondant qui a rempli le questionnaire de cette page
    .placeholder = p. ex. Responsable de l'information sanitaire du district
page-ws-add-page = Ajouter les réponses du questionnaire comme répondant
page-ws-add-empty = Le questionnaire ne contient encore aucune réponse à ajouter.
page-ws-added = { $respondent } a été ajouté. Les réponses du questionnaire ont été effacées pour le répondant suivant ; l'unité et la période sont conservées.
page-ws-none = Aucun répondant pour l'instant. Chargez le fichier de chaque répondant, ou faites remplir le questionnaire de cette page par chaque répondant, l'un après l'autre, et ajoutez-le ici.
page-ws-from-page = depuis le questionnaire de cette page
page-ws-answers = { $n ->
    [one] { $n } réponse
    [many] { $n } réponses
   *[other] { $n } réponses
}
page-ws-remove = Retirer { $respondent }
page-ws-removed = { $respondent } a été retiré.
page-ws-loaded = { $n ->
    [one] { $n } répondant ajouté.
    [many] { $n } répondants ajoutés.
   *[other] { $n } répondants ajoutés.
}
page-ws-file-invalid = Le fichier « { $file } » n'a pas été ajouté : ce n'est pas une évaluation valide pour { $framework }.
page-ws-need-two = Le regroupement compare au moins deux répondants : ajoutez-en un autre.
page-ws-cannot-pool = Les réponses de ces répondants ne peuvent pas être regroupées :
page-ws-allow-mismatch = Les regrouper bien que leurs unités, périodes ou versions du cadre diffèrent
page-ws-agreement = Accord entre les répondants
page-ws-alpha = Alpha de Krippendorff (ordinal) : { $alpha }. 1 signifie des niveaux identiques, 0 une concordance qui ne dépasse pas le hasard ; 0,8 ou plus est un bon accord, moins de 0,67 un accord faible.
page-ws-agenda = Ordre du jour des désaccords
page-ws-agenda-note = Les indicateurs sur lesquels les notations des répondants divergent le plus, de l'écart le plus grand au plus petit : examinez-les dans cet ordre. Les indicateurs notés de la même façon conservent leur niveau regroupé.
page-ws-agenda-empty = Les répondants ont noté chaque indicateur de la même façon : aucun point n'est à examiner en priorité.
page-ws-range = Écart { $range } · écart interquartile { $iqr }
page-ws-ratings = Notations de chaque répondant
page-ws-no-evidence = aucune note sur les preuves
page-ws-pooled-level = Niveau regroupé (médiane) : { $level }
page-ws-agreed = Niveau retenu
page-ws-agreed-none = Pas encore retenu (le niveau regroupé s'applique)
page-ws-rationale = Justification
    .placeholder = Pourquoi le groupe a retenu ce niveau, p. ex. « Partagé entre 2 et 3 sur L3a : niveau inférieur retenu. »
page-ws-other = Examiner un autre indicateur
page-ws-other-choose = Choisir un indicateur
page-ws-other-add = Ajouter à la discussion
page-ws-other-remove = Retirer de la discussion
page-ws-pooled-answers = Réponses regroupées
page-ws-pooled-caption = La réponse de chaque répondant à chaque indicateur renseigné par au moins l'un d'eux, le niveau regroupé et le niveau retenu
page-ws-col-indicator = Indicateur
page-ws-col-pooled = Regroupé
page-ws-col-agreed = Retenu
page-ws-consensus = Le consensus
page-ws-progress = Niveaux retenus : { $agreed } · encore ouverts à l'ordre du jour : { $open }
page-ws-score = Score global du consensus : { $score } / { $top } · niveau { $level }
page-ws-export-consensus = Exporter l'évaluation consensuelle (JSON)
page-ws-export-agreed = Exporter les niveaux retenus (JSON)
page-ws-export-report-html = Exporter le rapport du consensus (HTML)
page-ws-export-report-md = Exporter le rapport du consensus (Markdown)
page-ws-reset = Commencer un nouvel atelier
page-ws-reset-confirm = Commencer un nouvel atelier ? Tous les répondants et tous les niveaux retenus de celui-ci seront supprimés de ce navigateur. Exportez d'abord le consensus pour le conserver.
page-ws-reset-done = Un nouvel atelier a commencé.
page-ws-save-failed = L'atelier n'a pas pu être enregistré dans ce navigateur (stockage plein ou désactivé). Exportez le consensus pour le conserver.
page-ws-saved-damaged = L'atelier enregistré dans ce navigateur n'a pas pu être lu ; un nouvel atelier a été commencé.

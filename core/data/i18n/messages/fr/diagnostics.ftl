

diagnostic-found = { $found ->
        [null] null
        [boolean] un booléen (true/false)
        [decimal] un nombre décimal
        [number] un nombre
        [text] du texte
        [list] une liste
       *[object] un objet
    }

diagnostic-expected = { $expected ->
        [text] du texte
        [number] un nombre
        [boolean] une valeur booléenne (true ou false)
        [object] un objet
        [list] une liste
        [assessment] une évaluation (un objet JSON)
        [framework_ref] une référence de cadre (un objet JSON)
        [unit] une unité (un objet JSON)
        [respondent] un répondant (un objet JSON)
        [answer] une réponse (un objet JSON)
        [answers] un objet qui associe à chaque identifiant d'indicateur sa réponse
        [elements] un objet qui associe à chaque identifiant d'élément true, false ou "unknown"
       *[other] { $expected }
    }


context-column = colonne `{ $column }` : { $message }

context-id = `{ $id }` : { $message }

context-assessment = évaluation { $number } : { $message }

context-report = rapport { $number } : { $message }

context-rating = cotation { $number } : { $message }

context-argument = argument `{ $name }` : { $message }


assessment-too_large = { $source ->
        [unzipped] l'archive se décompresse en { $size } octets, au-delà de la limite de { $limit } octets
        [file] `{ $file }` fait { $size } octets, au-delà de la limite de { $limit } octets
       *[text] le document fait { $size } octets, au-delà de la limite de { $limit } octets
    }
    .help = vérifiez qu'il s'agit du bon fichier ; une auto-évaluation fait généralement bien moins de 1 Mo

report-too_large = { $source ->
        [file] `{ $file }` fait { $size } octets, au-delà de la limite de { $limit } octets
       *[text] le document fait { $size } octets, au-delà de la limite de { $limit } octets
    }
    .help = vérifiez qu'il s'agit du bon fichier ; une auto-évaluation fait généralement bien moins de 1 Mo

input-too_large = { $source ->
        [file] `{ $file }` fait { $size } octets, au-delà de la limite de { $limit } octets
       *[text] le document fait { $size } octets, au-delà de la limite de { $limit } octets
    }
    .help = vérifiez qu'il s'agit du bon fichier ; une auto-évaluation fait généralement bien moins de 1 Mo

framework-too_large = { $source ->
        [file] `{ $file }` fait { $size } octets, au-delà de la limite de { $limit } octets
       *[text] le document fait { $size } octets, au-delà de la limite de { $limit } octets
    }
    .help = vérifiez qu'il s'agit du bon fichier ; une auto-évaluation fait généralement bien moins de 1 Mo

assessment-duplicate_key = { $source ->
        [csv] `{ $key }` figure aussi à la ligne { $line }
       *[json] la clé `{ $key }` apparaît deux fois dans le même objet
    }
    .help = { $source ->
        [csv] ne gardez qu'une ligne par indicateur
       *[json] ne gardez qu'une entrée par clé ; une seconde entrée remplacerait la première sans avertissement
    }

report-duplicate_key = la clé `{ $key }` apparaît deux fois dans le même objet
    .help = ne gardez qu'une entrée par clé ; une seconde entrée remplacerait la première sans avertissement

input-duplicate_key = la clé `{ $key }` apparaît deux fois dans le même objet
    .help = ne gardez qu'une entrée par clé ; une seconde entrée remplacerait la première sans avertissement

framework-duplicate_key = la clé `{ $key }` apparaît deux fois dans le même objet
    .help = ne gardez qu'une entrée par clé ; une seconde entrée remplacerait la première sans avertissement

assessment-invalid_json = { $problem ->
        [eof] le texte JSON se termine trop tôt (une accolade `{"{"}`, un crochet `[` ou une chaîne non fermés ?)
        [path] le texte n'est pas du JSON : il ressemble à un nom de fichier (`{ $detail }`)
       *[syntax] le texte n'est pas du JSON valide : { $detail }
    }
    .help = { $problem ->
        [path] pour lire un fichier, passez un chemin et non du texte : `pathlib.Path("{ $detail }")` en Python ; en JavaScript, lisez d'abord le fichier
       *[other] regardez la ligne { $line }, colonne { $column } ; un validateur ou un éditeur JSON indiquera le même endroit
    }

report-invalid_json = { $problem ->
        [eof] le texte JSON se termine trop tôt (une accolade `{"{"}`, un crochet `[` ou une chaîne non fermés ?)
        [path] le texte n'est pas du JSON : il ressemble à un nom de fichier (`{ $detail }`)
       *[syntax] le texte n'est pas du JSON valide : { $detail }
    }
    .help = { $problem ->
        [path] pour lire un fichier, passez un chemin et non du texte : `pathlib.Path("{ $detail }")` en Python ; en JavaScript, lisez d'abord le fichier
       *[other] regardez la ligne { $line }, colonne { $column } ; un validateur ou un éditeur JSON indiquera le même endroit
    }

input-invalid_json = { $problem ->
        [eof] le texte JSON se termine trop tôt (une accolade `{"{"}`, un crochet `[` ou une chaîne non fermés ?)
        [path] le texte n'est pas du JSON : il ressemble à un nom de fichier (`{ $detail }`)
       *[syntax] le texte n'est pas du JSON valide : { $detail }
    }
    .help = { $problem ->
        [path] pour lire un fichier, passez un chemin et non du texte : `pathlib.Path("{ $detail }")` en Python ; en JavaScript, lisez d'abord le fichier
       *[other] regardez la ligne { $line }, colonne { $column } ; un validateur ou un éditeur JSON indiquera le même endroit
    }

framework-invalid_json = { $problem ->
        [eof] le texte JSON se termine trop tôt (une accolade `{"{"}`, un crochet `[` ou une chaîne non fermés ?)
        [path] le texte n'est pas du JSON : il ressemble à un nom de fichier (`{ $detail }`)
       *[syntax] le texte n'est pas du JSON valide : { $detail }
    }
    .help = { $problem ->
        [path] pour lire un fichier, passez un chemin et non du texte : `pathlib.Path("{ $detail }")` en Python ; en JavaScript, lisez d'abord le fichier
       *[other] regardez la ligne { $line }, colonne { $column } ; un validateur ou un éditeur JSON indiquera le même endroit
    }

assessment-unreadable = impossible de lire `{ $file }` : { $reason ->
        [missing] le fichier n'existe pas
        [denied] accès refusé
        [directory] c'est un répertoire, et non un fichier
       *[other] { $detail }
    }

report-unreadable = impossible de lire `{ $file }` : { $reason ->
        [missing] le fichier n'existe pas
        [denied] accès refusé
        [directory] c'est un répertoire, et non un fichier
       *[other] { $detail }
    }

framework-unreadable = impossible de lire `{ $file }` : { $reason ->
        [missing] le fichier n'existe pas
        [denied] accès refusé
        [directory] c'est un répertoire, et non un fichier
       *[other] { $detail }
    }

input-unreadable = impossible de lire `{ $file }` : { $reason ->
        [missing] le fichier n'existe pas
        [denied] accès refusé
        [directory] c'est un répertoire, et non un fichier
       *[other] { $detail }
    }

assessment-invalid_encoding = { $source ->
        [bytes] les octets ne sont pas du texte UTF-8 (octet invalide à la position { $position })
       *[file] `{ $file }` n'est pas du texte UTF-8 (octet invalide à la position { $position })
    }
    .help = { $source ->
        [bytes] décodez vous-même les octets et passez du texte, ou enregistrez la source en UTF-8
       *[file] enregistrez le fichier en UTF-8 (la plupart des éditeurs et des tableurs le proposent dans « Enregistrer sous »)
    }

report-invalid_encoding = { $source ->
        [bytes] les octets ne sont pas du texte UTF-8 (octet invalide à la position { $position })
       *[file] `{ $file }` n'est pas du texte UTF-8 (octet invalide à la position { $position })
    }
    .help = { $source ->
        [bytes] décodez vous-même les octets et passez du texte, ou enregistrez la source en UTF-8
       *[file] enregistrez le fichier en UTF-8 (la plupart des éditeurs et des tableurs le proposent dans « Enregistrer sous »)
    }

framework-invalid_encoding = { $source ->
        [bytes] les octets ne sont pas du texte UTF-8 (octet invalide à la position { $position })
       *[file] `{ $file }` n'est pas du texte UTF-8 (octet invalide à la position { $position })
    }
    .help = { $source ->
        [bytes] décodez vous-même les octets et passez du texte, ou enregistrez la source en UTF-8
       *[file] enregistrez le fichier en UTF-8 (la plupart des éditeurs et des tableurs le proposent dans « Enregistrer sous »)
    }

input-invalid_encoding = { $source ->
        [bytes] les octets ne sont pas du texte UTF-8 (octet invalide à la position { $position })
       *[file] `{ $file }` n'est pas du texte UTF-8 (octet invalide à la position { $position })
    }
    .help = { $source ->
        [bytes] décodez vous-même les octets et passez du texte, ou enregistrez la source en UTF-8
       *[file] enregistrez le fichier en UTF-8 (la plupart des éditeurs et des tableurs le proposent dans « Enregistrer sous »)
    }

assessment-many_in_file = `{ $file }` contient { $count } évaluations, et non une seule
    .help = notez-les toutes en une fois : `score_many` en Python et en JavaScript, `lhs-maturity batch` en ligne de commande

assessment-no_rows = `{ $file }` a un en-tête mais aucune évaluation
    .help = ajoutez une ligne par évaluation sous l'en-tête


assessment-invalid_type = valeur attendue : { diagnostic-expected } ; valeur trouvée : { diagnostic-found }
    .help = { $expected ->
        [answers] écrivez les réponses sous la forme {"{"}"inst.info.routine_data": 2, ...{"}"}, avec l'identifiant de l'indicateur pour clé
       *[other] {""}
    }

assessment-missing_field = le champ obligatoire `{ $field }` est absent
    .help = { $field ->
        [answers] ajoutez `"answers": {"{"}{"}"}` avec une entrée par indicateur, par exemple {"{"}"inst.info.routine_data": 2{"}"}
       *[other] {""}
    }

assessment-unknown_field = le champ `{ $field }` ne fait pas partie du format d'évaluation ; il est conservé tel quel
    .help = { $hint ->
        [suggestion] vouliez-vous dire `{ $suggestion }` ?
       *[none] {""}
    }

assessment-invalid_language = `{ $language }` n'est pas un code de langue ; il est conservé tel qu'il est écrit
    .help = indiquez la langue des réponses sous la forme d'une étiquette BCP 47, par exemple `fr`, `pt-PT`, `ar`

assessment-invalid_level = { $problem ->
        [negative] le niveau { $value } est négatif
        [fraction] le niveau { $value } n'est pas un nombre entier
        [too_large] le niveau { $value } est beaucoup trop élevé
        [quoted] le niveau est le texte `{ $value }`, et non un nombre
        [text] le niveau est le texte `{ $value }`, et non un nombre
        [word] `{ $value }` n'est pas une réponse reconnue
        [not_an_answer] `{ $value }` n'est pas une réponse : indiquez un numéro de niveau, `na` ou `unknown`, ou laissez la cellule vide
       *[type] le niveau doit être un nombre entier ; valeur trouvée : { diagnostic-found }
    }
    .help = { $source ->
        [csv] indiquez un numéro de niveau, `na` (non applicable) ou `unknown` (personne ne connaissait la réponse), ou laissez la cellule vide
       *[json] { $problem ->
            [quoted] écrivez le nombre sans guillemets : { $number }
            [text] indiquez un numéro de niveau, "na" (non applicable) ou "unknown" (personne ne connaissait la réponse)
            [word] écrivez-le exactement ainsi : "{ $answer }"
            [type] {""}
           *[other] les niveaux sont les nombres entiers de l'échelle, par exemple 0, 1, 2, 3 ou 4
        }
    }

assessment-invalid_target = { $problem ->
        [negative] la cible { $value } est négative
        [fraction] la cible { $value } n'est pas un nombre entier
        [too_large] la cible { $value } est beaucoup trop élevée
        [quoted] la cible est le texte `{ $value }`, et non un nombre
        [text] la cible est le texte `{ $value }`, et non un nombre
        [not_a_target] `{ $value }` n'est pas une cible : une cible est un numéro de niveau
       *[type] la cible doit être un nombre entier ; valeur trouvée : { diagnostic-found }
    }
    .help = { $source ->
        [csv] indiquez un numéro de niveau, ou laissez la cellule vide
       *[json] { $problem ->
            [quoted] écrivez le nombre sans guillemets : { $number }
            [text] indiquez un numéro de niveau
            [type] {""}
           *[other] les niveaux sont les nombres entiers de l'échelle, par exemple 0, 1, 2, 3 ou 4
        }
    }

input-invalid_level = { $problem ->
        [negative] le niveau { $value } est négatif
        [fraction] le niveau { $value } n'est pas un nombre entier
        [too_large] le niveau { $value } est beaucoup trop élevé
        [quoted] le niveau est le texte `{ $value }`, et non un nombre
        [text] le niveau est le texte `{ $value }`, et non un nombre
        [word] `{ $value }` n'est pas une réponse reconnue
       *[type] le niveau doit être un nombre entier ; valeur trouvée : { diagnostic-found }
    }
    .help = { $problem ->
        [quoted] écrivez le nombre sans guillemets : { $number }
        [text] indiquez un numéro de niveau, "na" (non applicable) ou "unknown" (personne ne connaissait la réponse)
        [word] écrivez-le exactement ainsi : "{ $answer }"
        [type] {""}
       *[other] les niveaux sont les nombres entiers de l'échelle, par exemple 0, 1, 2, 3 ou 4
    }

assessment-invalid_confidence = `{ $value }` n'est pas un degré de confiance
    .help = { $source ->
        [csv] indiquez `low` (faible), `medium` (moyenne) ou `high` (élevée), ou laissez la cellule vide
       *[json] indiquez `low` (faible), `medium` (moyenne) ou `high` (élevée)
    }

assessment-invalid_element = la valeur de l'élément `{ $element }` est { diagnostic-found }, et non true, false ou "unknown"
    .help = écrivez true si l'élément est satisfait, false s'il ne l'est pas, "unknown" si personne n'a pu le vérifier


csv-invalid_csv = le texte ne peut pas être lu comme du CSV : { $detail }

csv-empty = le fichier CSV n'a ni en-tête ni lignes
    .help = partez d'un modèle : une ligne d'en-tête avec les noms des colonnes, puis une ligne par évaluation

csv-unknown_column = colonne { $column } : `{ $name }` n'est pas une colonne connue
    .help = { $hint ->
        [suggestion] vouliez-vous dire `{ $suggestion }` ?
        [long] les colonnes d'un fichier à une ligne par indicateur sont { $columns }, et pour l'aide à la lecture { $help_columns }, level_0, level_1…
       *[wide] une colonne est soit un identifiant d'indicateur du cadre `{ $framework }` { $version }, soit un libellé de l'unité comme `unit_region`, soit l'une des colonnes { $columns }
    }

csv-duplicate_column = colonne { $column } : `{ $name }` est aussi le nom de la colonne { $first }
    .help = ne gardez qu'une colonne par nom : fusionnez ou supprimez l'autre

csv-missing_column = la colonne `{ $name }` est absente
    .help = un fichier à une ligne par indicateur doit comporter les colonnes `id` et `answer`

csv-missing_id = la ligne contient des valeurs mais aucun `id`
    .help = écrivez l'identifiant de l'indicateur (ou un nom de métadonnée comme `unit_name`) dans la colonne `id`, ou supprimez la ligne

csv-extra_field = la ligne compte { $fields ->
        [one] { $fields } champ
        [many] { $fields } champs
       *[other] { $fields } champs
    }, alors que l'en-tête ne nomme que { $columns ->
        [one] { $columns } colonne
        [many] { $columns } colonnes
       *[other] { $columns } colonnes
    }
    .help = ajoutez un en-tête pour la colonne supplémentaire ou supprimez ses valeurs

csv-unnamed_column = la colonne { $column } contient la valeur `{ $value }` mais n'a pas de nom dans l'en-tête
    .help = nommez la colonne dans la ligne d'en-tête, ou supprimez la valeur

csv-invalid_encoding = le fichier n'est pas du texte UTF-8 (octet invalide à la ligne { $line }, position { $column })
    .help = enregistrez-le au format « CSV UTF-8 » (les tableurs le proposent dans « Enregistrer sous »)


workbook-unreadable = le fichier ne peut pas être ouvert comme classeur : { $reason }
    .help = ouvrez-le dans Excel ou LibreOffice et enregistrez-le comme classeur Excel (.xlsx)

workbook-not_a_template = le classeur n'est pas un modèle Excel d'un cadre : aucune de ses feuilles ({ $sheets }) n'a la ligne masquée des noms de colonnes `id` et `answer`
    .help = écrivez un modèle avec `lhs-maturity template --format xlsx` et remplissez-le en gardant sa colonne A et sa ligne 1 masquées


assessment-framework_mismatch = l'évaluation a été faite pour le cadre `{ $given }`, et non pour `{ $framework }`
    .help = calculez son score avec le cadre pour lequel elle a été faite, ou corrigez `framework.id`

assessment-version_mismatch = l'évaluation a été faite pour la version { $given } de `{ $framework }`, et non pour la version { $version }
    .help = calculez son score avec la version du cadre pour laquelle elle a été faite, ou faites-la passer à cette version avec `migrate` ; pour comparer des versions différentes, utilisez `compare`

assessment-unknown_framework_version = `{ $framework }` n'a pas de version intégrée `{ $version }`
    .help = les versions intégrées sont { $versions }

framework-unknown_version = `{ $framework }` n'a pas de version intégrée `{ $version }`
    .help = les versions intégrées sont { $versions }

assessment-no_framework_version = l'évaluation n'indique pas pour quelle version de `{ $framework }` elle a été faite ; son score est calculé avec la plus récente, { $version }
    .help = ajoutez `"framework": {"{"}"id": "{ $framework }", "version": "{ $version }"{"}"}` (ou la version pour laquelle les réponses ont été données)

assessment-no_unit_kind = le type d'unité n'est pas indiqué ; tous les indicateurs sont donc considérés comme applicables
    .help = donnez à `unit.kind` l'une de ces valeurs : { $kinds }

assessment-unknown_unit_kind = `{ $kind }` n'est pas un type d'unité ; tous les indicateurs sont donc considérés comme applicables
    .help = { $hint ->
        [suggestion] vouliez-vous dire `{ $suggestion }` ? Types d'unité : { $kinds }
       *[list] types d'unité : { $kinds }
    }

assessment-unknown_indicator = { $what ->
        [domain] `{ $id }` est un domaine du cadre `{ $framework }`, et non un indicateur
       *[unknown] indicateur inconnu `{ $id }` : il n'est pas défini dans le cadre `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] vouliez-vous dire `{ $suggestion }` ?
        [domain] cotez les indicateurs du domaine, et non le domaine lui-même
        [csv] la colonne `id` contient des identifiants d'indicateurs du cadre, ou des noms de métadonnées comme `unit_name`
       *[list] affichez la liste des identifiants valides avec `lhs-maturity framework indicators`
    }

assessment-does_not_apply = `{ $id }` ne s'applique pas à une unité de type `{ $kind }` (il s'applique à : { $kinds }) ; la réponse est conservée mais n'entre pas dans le score
    .help = supprimez la réponse, ou vérifiez le type de l'unité

assessment-unknown_element = `{ $element }` n'est pas un élément de `{ $id }`
    .help = { $count ->
        [0] cet indicateur n'a pas d'éléments ; indiquez plutôt son niveau
        [one] son seul élément est { $elements }
        [many] ses éléments sont { $elements }
       *[other] ses éléments sont { $elements }
    }

assessment-elements_conflict = `{ $id }` est coté { $given ->
        [na] `na`
        [unknown] `unknown`
       *[level] au niveau { $given_level }
    }, mais ses éléments donnent { $derived ->
        [na] `na`
        [unknown] `unknown`
       *[level] le niveau { $derived_level }
    }
    .help = un niveau est atteint lorsque ses éléments et ceux de tous les niveaux inférieurs sont satisfaits ; corrigez le niveau ou les éléments (c'est le niveau indiqué qui entre dans le score)

assessment-elements_not_checked = d'après ses éléments, `{ $id }` est au niveau { $level } ; { $count ->
        [one] l'élément { $elements } du niveau { $next } n'est pas renseigné
        [many] les éléments { $elements } du niveau { $next } ne sont pas renseignés
       *[other] les éléments { $elements } du niveau { $next } ne sont pas renseignés
    }, le niveau peut donc être plus élevé
    .help = vérifiez ces éléments et indiquez true ou false pour fixer le niveau

assessment-level_out_of_range = le niveau { $level } dépasse le niveau maximal de l'échelle ({ $max })
    .help = { $source ->
        [csv] indiquez un niveau compris entre 0 et { $max }, `na` ou `unknown`, ou laissez la cellule vide
       *[json] indiquez un niveau compris entre 0 et { $max }, "na" ou "unknown"
    }

assessment-target_out_of_range = { $whose ->
        [default] la cible par défaut { $target } dépasse le niveau maximal de l'échelle ({ $max })
       *[answer] la cible { $target } dépasse le niveau maximal de l'échelle ({ $max })
    }
    .help = indiquez un niveau compris entre 0 et { $max }

assessment-top_level_without_evidence = `{ $id }` est coté au niveau maximal ({ $max }) sans source de vérification
    .help = le niveau maximal est une affirmation forte ; ajoutez une note `evidence` qui indique ce qui le démontre

assessment-target_below_level = `{ $id }` est coté au niveau { $level }, au-dessus de { $whose ->
        [default] la cible par défaut
       *[answer] sa cible
    } { $target }
    .help = relevez la cible, ou vérifiez la cotation

assessment-na_without_justification = `{ $id }` est marqué non applicable sans justification
    .help = ajoutez une `justification` qui explique pourquoi il ne s'applique pas à cette unité

assessment-na_applicable = `{ $id }` s'applique à ce type d'unité mais est marqué `na` ; il est exclu des scores
    .help = ce qui s'applique mais n'existe pas est coté 0 (inexistant) ; `na` découle uniquement de l'applicabilité définie par le cadre

assessment-low_coverage = domaine `{ $id }` ({ $name }) : { $rated ->
        [one] { $rated } indicateur coté
        [many] { $rated } indicateurs cotés
       *[other] { $rated } indicateurs cotés
    } sur { $applicable ->
        [one] { $applicable } applicable
        [many] { $applicable } applicables
       *[other] { $applicable } applicables
    } ({ $percent } %), sous le seuil de { $threshold } %
    .help = les scores d'un domaine peu coté reposent sur peu d'informations ; cotez davantage d'indicateurs, ou marquez `unknown` ce qui ne peut pas être connu


input-target_out_of_range = la cible { $target } dépasse le niveau maximal de l'échelle ({ $max })
    .help = indiquez un niveau compris entre 0 et { $max }

input-invalid_option = { $option ->
        [unknown] `{ $value }` n'est pas une règle de traitement des réponses inconnues
        [number] `{ $name }` doit être un nombre entier positif ou nul, et non `{ $value }`
       *[unit_kind] `{ $value }` n'est pas un type d'unité
    }
    .help = { $option ->
        [unknown] indiquez `exclude` (les réponses inconnues sont exclues des scores ; valeur par défaut) ou `zero` (elles comptent comme niveau 0)
        [number] {""}
       *[unit_kind] indiquez l'une de ces valeurs : { $kinds }
    }

input-unknown_option = option inconnue : `{ $option }`
    .help = { $hint ->
        [twin] écrivez `{ $known }`
        [single] la seule option disponible est { $options }
       *[list] les options disponibles sont : { $options }
    }

input-invalid_type = { $source ->
        [options] les options doivent être un objet, et non { diagnostic-found }
       *[option] `{ $option }` doit être { diagnostic-expected }, et non { diagnostic-found }
    }
    .help = { $source ->
        [options] indiquez par exemple { $example }
       *[option] {""}
    }

input-invalid_target = la cible par défaut doit être un nombre entier positif ou nul, et non `{ $value }`
    .help = indiquez un niveau de l'échelle, par exemple 3

input-matrix_shape = { $shape ->
        [rows] les notes doivent former un tableau, une liste de lignes qui sont chacune une liste de nombres, et non `{ $value }`
        [row] la ligne { $row } des notes n'est pas une liste de nombres : `{ $value }`
       *[cells] la matrice compte { $cells ->
            [one] { $cells } cellule
            [many] { $cells } cellules
           *[other] { $cells } cellules
        }, ce qui ne fait pas un nombre entier de lignes de { $columns ->
            [one] { $columns } indicateur
            [many] { $columns } indicateurs
           *[other] { $columns } indicateurs
        }
    }
    .help = { $shape ->
        [rows] écrivez une liste de nombres par ligne, par exemple [[1, 2, 3], [1, 3, 2]] ; une seule ligne s'écrit [[1, 2, 3]]
        [row] écrivez une liste de nombres par ligne, par exemple [[1, 2, 3], [1, 3, 2]] ; une seule ligne s'écrit [[1, 2, 3]]
       *[cells] {""}
    }

input-invalid_value = { $problem ->
        [infinite] ligne { $row }, colonne { $column } : `{ $value }` n'est pas un nombre fini
       *[not_number] ligne { $row }, colonne { $column } : `{ $value }` n'est pas un nombre
    }
    .help = les notes sont des nombres ; pour une note manquante, laissez une valeur vide (None en Python, null en JavaScript) ou NaN

input-level_out_of_range = { $source ->
        [consensus] le niveau convenu { $level } dépasse le niveau maximal de l'échelle ({ $max })
       *[matrix] ligne { $row }, `{ $id }` : le niveau { $level } dépasse le niveau maximal de l'échelle ({ $max })
    }

input-invalid_cell = ligne { $row }, `{ $id }` : { $code } n'est pas un code de cellule valide

input-too_many_errors = { $count ->
        [one] { $count } autre cellule non valide n'est pas listée
        [many] { $count } autres cellules non valides ne sont pas listées
       *[other] { $count } autres cellules non valides ne sont pas listées
    }

report-invalid = { $problem ->
        [neither] ce document n'est ni un rapport (pas de champ `overall`) ni une évaluation (pas de champ `answers`)
       *[invalid] ce document n'est pas un rapport de lhs-maturity : { $detail }
    }
    .help = { $problem ->
        [neither] fournissez un rapport tel que `score` l'écrit (JSON), ou une évaluation avec ses `answers`
       *[invalid] fournissez un rapport tel que `score` l'écrit (JSON), sans le modifier ; pour analyser des évaluations, calculez d'abord leur score
    }


input-invalid_metric = `{ $value }` n'est pas une métrique de l'alpha de Krippendorff que cette bibliothèque sait calculer
    .help = indiquez `ordinal` (par défaut) ou `interval`

input-empty_cohort = la cohorte ne contient aucun rapport

input-framework_mismatch = le rapport { $number } utilise `{ $framework }` { $version }, alors que le rapport 1 utilise `{ $first_framework }` { $first_version }

input-series_mismatch = le rapport { $number } porte sur une autre unité que le rapport 1
    .help = une série suit une seule unité ; utilisez `cohort` pour comparer des unités

input-duplicate_period = deux rapports ont la même période : { $given ->
        [no] (non précisée)
       *[yes] `{ $period }`
    }

input-unknown_indicator = { $source ->
        [consensus] le consensus cite `{ $id }`, qui n'est pas un indicateur
        [form] ligne { $row } : `{ $id }` n'est pas un indicateur de `{ $framework }` { $version }
       *[ratings] `{ $id }` n'est pas un indicateur de `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] vouliez-vous dire `{ $suggestion }` ?
       *[none] {""}
    }

input-invalid_rating = { $problem ->
        [not_object] `{ $value }` n'est pas une note
        [missing] `{ $field }` est absent
       *[not_text] `{ $field }` doit être un texte, et non `{ $value }`
    }
    .help = une note s'écrit {"{"}"expert": "a", "indicator": "inst.info.routine_data", "relevance": 4{"}"}, la pertinence de 1 à 4, ou vide si elle n'a pas été notée

input-invalid_relevance = { $source ->
        [form] ligne { $row }, `{ $id }` : `{ $value }` n'est pas une note de pertinence
        [value] `{ $value }` n'est pas une note de pertinence
       *[ratings] la note de pertinence { $value } attribuée à `{ $id }` par `{ $expert }` n'est pas comprise entre 1 et 4
    }
    .help = notez 1 (non pertinent), 2 (un peu pertinent), 3 (assez pertinent) ou 4 (très pertinent), ou laissez la case vide

input-invalid_csv = { $detail }

input-missing_column = { $source ->
        [ratings] les notes n'ont pas de colonne `{ $column }`
       *[form] un formulaire de pertinence doit comporter les colonnes `indicator` et `relevance`
    }
    .help = { $source ->
        [ratings] les colonnes sont `expert`, `indicator` et `relevance` (de 1 à 4, ou vide si elle n'a pas été notée)
       *[form] partez du formulaire que donne `lhs-maturity content-validity --form`
    }

input-empty = il n'y a aucune évaluation à agréger

input-default_targets_differ = les évaluations ont des cibles par défaut différentes ; l'évaluation agrégée n'en a aucune

input-invalid_uncertainty_option = { $option ->
        [draws] le nombre de tirages doit être d'au moins 1
        [shape] le modèle de notation doit être un objet de `high`, `medium`, `low` et `unstated`, chacun avec les probabilités `same` et `next` ({ $detail })
       *[model] le modèle de notation pour la confiance `{ $confidence }` donne les probabilités { $same } et { $next } : elles doivent être comprises entre 0 et 1, et la probabilité du niveau plus deux fois celle du niveau voisin doit faire 1
    }
    .help = { $option ->
        [draws] par exemple 10000 (la valeur par défaut)
        [shape] par exemple {"{"}"low": {"{"}"same": 0.6, "next": 0.2{"}"}{"}"}
       *[model] par défaut : élevée 0,9 et 0,05, moyenne 0,7 et 0,15, faible 0,5 et 0,25
    }

input-invalid_bootstrap_option = { $option ->
        [resamples] le nombre de rééchantillonnages doit être d'au moins 1
       *[level] la couverture des intervalles doit être comprise entre 0 et 1, et non { $value }
    }
    .help = { $option ->
        [resamples] par exemple 1000 (la valeur par défaut)
       *[level] par exemple 0.9 (la valeur par défaut) pour des intervalles à 90 %
    }

input-invalid_sobol_option = { $option ->
        [n] le nombre de points de base doit être compris entre 1 et { $max }, et non { $value }
        [factors] le nombre de facteurs doit être compris entre 1 et { $max }, et non { $value }
        [k] le nombre de facteurs ou de groupes doit être d'au moins 1
        [outputs] il y a { $count } résultats, ce qui n'est pas un multiple positif de { $runs }, le nombre d'exécutions d'un point de base (k + 2 pour k = { $k })
       *[value] le résultat de l'exécution { $index } est `{ $value }`, et non un nombre fini
    }
    .help = { $option ->
        [n] une puissance de 2, par exemple 1024 : les points d'une suite de Sobol' sont équilibrés aux puissances de 2
        [factors] la suite a 256 dimensions, deux par facteur
        [k] indiquez le nombre de facteurs, ou de groupes de facteurs, du plan
        [outputs] donnez un résultat pour chaque exécution du plan, dans l'ordre des exécutions
       *[value] { $count ->
            [one] c'est le seul résultat qui n'est pas un nombre fini ; exécutez à nouveau le modèle pour celui-ci
            [many] { $count } résultats ne sont pas des nombres finis ; exécutez à nouveau le modèle pour ceux-ci
           *[other] { $count } résultats ne sont pas des nombres finis ; exécutez à nouveau le modèle pour ceux-ci
        }
    }

input-invalid_robustness_option = { $option ->
        [spread] l'écart des pondérations doit être d'au moins 0 et inférieur à 1, et non { $value }
        [node] `{ $value }` n'est pas un domaine ou un sous-domaine du référentiel
        [pair] la paire nomme `{ $value }`, qui n'est pas l'une des unités
       *[label] le libellé d'unité `{ $value }` est utilisé plus d'une fois
    }
    .help = { $option ->
        [spread] par exemple 0.25 (la valeur par défaut) : chaque pondération de 75 % à 125 % de sa valeur
        [node] nommez par leurs identifiants les nœuds dont l'agrégation peut être `mean` ou `minimum`, par exemple `inst`
        [pair] nommez deux unités par leurs libellés, par exemple ["a", "b"]
       *[label] donnez à chaque unité son propre libellé
    }

input-invalid_method = `{ $value }` n'est pas une méthode d'agrégation des réponses
    .help = indiquez `median` (la médiane, par défaut), `mean` (la moyenne) ou `mode` (le mode)

input-invalid_options = { $detail }
    .help = options : `method` (median, mean ou mode), `allow_mismatch` (true ou false), `consensus` (identifiant d'indicateur → {"{"}"level": ..., "rationale": "..."{"}"})

input-invalid_result = ce n'est pas un résultat de robustesse de cette bibliothèque : { $detail }
    .help = transmettez tel quel le résultat renvoyé par `robustness` (ou écrit par `lhs-maturity robustness --format json`)

input-invalid_consensus = { $problem ->
        [not_object] le consensus doit être un objet qui associe à chaque identifiant d'indicateur la réponse convenue
       *[entry] { $detail }
    }
    .help = écrivez un seul objet JSON, identifiant d'indicateur → réponse convenue et sa justification, par exemple {"{"}"inst.info.routine_data": {"{"}"level": 2, "rationale": "convenu le 3 mai"{"}"}{"}"}

input-pool_mismatch = l'évaluation { $number } diffère de l'évaluation 1 par { $field ->
        [unit] l'unité
        [period] la période
        [framework] le cadre
       *[framework_version] la version du cadre
    } : { $given ->
        [no] (aucune valeur)
       *[yes] `{ $value }`
    } contre { $first_given ->
        [no] (aucune valeur)
       *[yes] `{ $first }`
    }
    .help = n'agrégez que les répondants d'une même unité, d'une même période et d'une même version du cadre, ou autorisez explicitement cette différence

input-duplicate_respondent = le répondant `{ $respondent }` apparaît plusieurs fois ; chaque évaluation est tout de même comptée


migration-no_map = il n'existe pas de migration intégrée de `{ $framework }` de la version { $from } vers la version { $to }
    .help = la migration intégrée va de la version { $map_from } vers la version { $map_to }

migration-no_version = l'évaluation n'indique pas à quelle version du cadre elle répond
    .help = ajoutez `"framework": {"{"}"id": "lhs-2021", "version": "1.0.0"{"}"}` (ou la version dans laquelle elle a été remplie)

migration-already_migrated = l'évaluation porte déjà sur la version { $version }
    .help = calculez son score telle quelle

migration-invalid = ce n'est pas une table de migration : { $detail }

migration-unknown_indicator = `{ $id }` n'est pas un indicateur de la version { $version }

migration-duplicate = `{ $id }` figure deux fois dans la table de migration

migration-unmapped_indicator = `{ $id }` de la version { $version } ne figure pas dans la table de migration

migration-lost_indicator = `{ $id }` de la version { $version } n'est ni repris comme source ni marqué comme supprimé

migration-proposed = `{ $id }` ({ $class }) : le niveau { $level } est proposé à partir de { $sources } ; un évaluateur doit le confirmer avant qu'il n'entre dans le score

migration-wrong_framework = { $problem ->
        [assessment] l'évaluation porte sur `{ $given }`, et la table de migration sur `{ $map_framework }`
       *[framework] la table de migration mène à `{ $map_framework }` { $map_version }, et non à `{ $framework }` { $version }
    }
    .help = { $problem ->
        [assessment] une table de migration fait passer des évaluations d'une version à une autre d'un même cadre
       *[framework] indiquez le cadre vers lequel mène la table de migration
    }

migration-wrong_version = l'évaluation porte sur la version { $version }, alors que la table de migration fait passer de la version { $from } à la version { $to }
    .help = fournissez une évaluation de la version { $from }


language-unavailable = `{ $requested }` n'est pas disponible ; le texte est en anglais
    .help = langues disponibles : { $languages }


diagnostic-argument = { $expected ->
        [json_text] du texte JSON
        [csv_text] du texte CSV
        [text] du texte
        [number] un nombre
        [whole_number] un nombre entier positif ou nul
        [decimals] un nombre entier de 0 à 20
        [object] un objet
        [document] un document : un objet, du texte JSON ou le chemin d'un fichier
        [report] un rapport : un objet rapport, son texte JSON, le chemin d'un fichier, ou une évaluation à noter
        [assessments] une liste d'évaluations
        [reports] une liste de rapports
        [ratings] une liste de notes de pertinence
        [numbers] une liste de nombres
        [factors] un nombre de facteurs, ou une liste d'étiquettes de groupe avec une étiquette par facteur
        [languages] une étiquette de langue ou une liste d'étiquettes de langue
        [message_arg] du texte ou un nombre entier positif ou nul
        [dataframe] un DataFrame pandas
        [framework] un objet Framework (de `Framework.builtin()` ou `Framework.from_json`)
        [choice] l'une des valeurs suivantes : { $choices }
       *[json] une valeur que JSON peut représenter (un objet, une liste, du texte, un nombre, true, false ou null)
    }

argument-invalid_type = { $source ->
        [value] la valeur à l'emplacement `{ $path }` doit être { diagnostic-argument }, et non `{ $found }`
        [key] les clés de l'objet à l'emplacement `{ $path }` doivent être du texte, et non `{ $found }`
       *[argument] `{ $name }` doit être { diagnostic-argument }, et non `{ $found }`
    }
    .help = { $hint ->
       *[example] par exemple : { $example }
        [instead] utilisez plutôt `{ $example }`
        [none] {""}
    }

argument-invalid_value = { $source ->
        [depth] la valeur à l'emplacement `{ $path }` est imbriquée sur plus de { $value } niveaux
       *[argument] `{ $name }` doit être { diagnostic-argument }, et non `{ $value }`
    }
    .help = { $source ->
        [depth] vérifiez que le document ne se contient pas lui-même
       *[argument] { $hint ->
           *[example] par exemple : { $example }
            [instead] utilisez plutôt `{ $example }`
            [none] {""}
        }
    }

framework-form_name_collision = `{ $id }` donne le nom de champ de formulaire `{ $name }`, que `{ $other }` porte déjà
    .help = les noms de champ sont les identifiants avec `_` à la place de `.`, uniques dans tout le formulaire sans distinction de casse : renommez l'un des identifiants

input-invalid_unit = { $problem ->
        [column] la liste des unités n'a pas de colonne `{ $column }`
        [empty] la liste des unités ne contient aucune unité
        [id] ligne { $row } : `{ $value }` n'est pas un identifiant d'unité
        [duplicate] ligne { $row } : l'identifiant d'unité `{ $value }` figure deux fois
       *[kind] ligne { $row } : `{ $value }` n'est pas un type d'unité
    }
    .help = { $problem ->
        [column] les colonnes sont `id`, `name`, `kind` et, facultativement, `org_unit`
        [empty] indiquez une unité par ligne sous l'en-tête `id,name,kind`
        [id] écrivez un identifiant sans espace, p. ex. kis-east
        [duplicate] donnez à chaque unité son propre identifiant
       *[kind] utilisez l'un de : { $kinds }
    }

input-invalid_period = { $problem ->
        [duplicate] la période `{ $value }` figure deux fois
       *[format] `{ $value }` n'est ni une année ni un trimestre
    }
    .help = { $problem ->
        [duplicate] indiquez chaque période une seule fois
       *[format] écrivez une année (2026) ou un trimestre (2026-Q3), afin que les réponses d'une même période puissent être regroupées
    }

dhis2-invalid_period = { $problem ->
        [missing] le rapport { $number } n'a pas de période, donc pas de période DHIS2
       *[format] la période `{ $value }` ne peut pas être convertie en période DHIS2
    }
    .help = écrivez une année (2026), un semestre (2026-S1), un trimestre (2026-Q3), un mois (2026-09), une semaine ISO (2026-W05) ou un jour (2026-09-30)

dhis2-unmapped_unit = { $problem ->
        [missing] le rapport { $number } n'a pas d'identifiant d'unité, donc pas d'unité d'organisation DHIS2
       *[unknown] l'unité `{ $unit }` n'a pas d'unité d'organisation DHIS2 dans la correspondance
    }
    .help = { $problem ->
        [missing] donnez à l'évaluation une unité avec un identifiant
       *[unknown] ajoutez `{ $unit }` aux `org_units` de la correspondance, ou donnez une liste d'unités indiquant son unité d'organisation dans la colonne `org_unit`
    }

dhis2-unmapped_node = `{ $node }` n'a pas d'élément de données DHIS2 pour sa mesure `{ $measure }` dans la correspondance
    .help = ajoutez-le à la correspondance (`overall` ou `nodes`), ou refaites la correspondance à partir du paquet de métadonnées du référentiel

dhis2-duplicate_value = le rapport { $number } porte sur la même unité d'organisation (`{ $org_unit }`, unité `{ $unit }`) et la même période (`{ $period }`) que le rapport { $first } : DHIS2 écraserait l'un par l'autre
    .help = regroupez d'abord les évaluations d'une même unité et période en un seul rapport (`lhs-maturity pool`), puis exportez ce rapport

dhis2-other_framework = le rapport { $number } relève du référentiel `{ $framework }`, la correspondance est pour `{ $expected }`
    .help = exportez les rapports de chaque référentiel avec la correspondance de ce référentiel

dhis2-invalid_mapping = { $problem ->
        [json] la correspondance n'est pas du JSON : { $detail }
        [type] { $expected ->
            [object] un objet est attendu ici
           *[text] un texte est attendu ici
        }
        [unknown_field] `{ $field }` n'est pas un champ d'une correspondance DHIS2
        [missing_field] la correspondance n'a pas de `{ $field }`
       *[uid] `{ $value }` n'est pas un UID DHIS2
    }
    .help = { $problem ->
        [uid] un UID DHIS2 compte 11 lettres et chiffres, une lettre en premier (p. ex. fXy12AbCdE3)
       *[other] créez la correspondance avec `lhs-maturity export dhis2-mapping`, puis modifiez ses UID
    }

dhis2-invalid_metadata = { $problem ->
        [json] le paquet de métadonnées n'est pas du JSON : { $detail }
        [object] le paquet de métadonnées n'a pas de liste `dataElements`
        [data_element] aucun élément de données du paquet de métadonnées n'a le code `{ $code }` (mesure `{ $measure }` de `{ $node }`)
       *[uid] `{ $value }` n'est pas un UID DHIS2
    }
    .help = { $problem ->
        [data_element] donnez le paquet de métadonnées créé par `lhs-maturity export dhis2-metadata` avec le même préfixe de code, ou donnez ces codes aux éléments de données dans DHIS2
        [uid] un UID DHIS2 compte 11 lettres et chiffres, une lettre en premier (p. ex. fXy12AbCdE3)
       *[other] donnez le paquet de métadonnées créé par `lhs-maturity export dhis2-metadata`, ou exporté de DHIS2 avec ses éléments de données
    }

dhis2-invalid_option = { $option ->
        [period_type] `{ $value }` n'est pas un type de période DHIS2
        [code_prefix] `{ $value }` ne peut pas commencer des codes DHIS2
       *[org_unit] l'unité d'organisation `{ $value }` n'est pas un UID DHIS2
    }
    .help = { $option ->
        [period_type] utilisez Yearly, SixMonthly, Quarterly, Monthly, Weekly ou Daily, ou un autre type de période de DHIS2
        [code_prefix] utilisez 1 à 20 lettres, chiffres ou `_`, p. ex. LHS_2021
       *[org_unit] un UID DHIS2 compte 11 lettres et chiffres, une lettre en premier (p. ex. fXy12AbCdE3)
    }

dhis2-invalid_csv = ligne { $row } : la colonne `{ $column }` est vide
    .help = chaque valeur DHIS2 a un élément de données, une période, une unité d'organisation et une valeur

submissions-unknown_layout = `{ $file }` n'est pas un export de soumissions que cette bibliothèque sait lire
    .help = exportez les soumissions depuis ODK Central (CSV, ZIP ou OData) ou KoboToolbox (CSV, XLS ou JSON de l'API), ou fournissez les fichiers d'instance d'ODK Collect

submissions-unreadable = { $what ->
        [zip] l'archive ZIP
        [xml] l'instance XML
        [json] l'export JSON
       *[csv] l'export CSV
    } ne peut pas être lu : { $detail }
    .help = téléchargez de nouveau l'export : un fichier tronqué ou modifié à la main ne peut pas être lu

submissions-unsupported = cette version de la bibliothèque ne lit pas { $what ->
        [zip] les archives ZIP
       *[xlsx] les classeurs Excel
    }
    .help = décompressez l'archive et fournissez son fichier CSV, ou utilisez la ligne de commande ou le paquet Python

submissions-labels = l'export contient les libellés du formulaire au lieu de ses noms et valeurs
    .help = exportez de nouveau en choisissant « XML values and headers » (KoboToolbox), ou utilisez l'export CSV d'ODK Central, qui contient toujours les noms

submissions-invalid_value = `{ $field }` ({ $indicator }) : `{ $value }` ne fait pas partie des choix du formulaire
    .help = une cotation vaut de 0 à 4, na ou unknown ; un degré de certitude vaut low, medium ou high

submissions-unknown_field = `{ $field }` n'est pas un champ du formulaire du référentiel ; il est ignoré
    .help = les questions ajoutées au formulaire ne sont pas notées ; vérifiez que le formulaire a été créé avec `lhs-maturity export xlsform`



fhir-unavailable_language = `{ $lang }` n'est pas une langue du référentiel
    .help = utilisez l'une de celles-ci : { $languages }

fhir-not_a_response = le document est un `{ $found }`, pas une QuestionnaireResponse FHIR
    .help = donnez la QuestionnaireResponse enregistrée par le formulaire (LHC-Forms : getFormFHIRData), pas le Questionnaire

fhir-unknown_questionnaire = la réponse porte sur `{ $given }`, qui n'est pas un Questionnaire de cette bibliothèque
    .help = l'URL du Questionnaire commence par `{ $url }` ; exportez-le avec `lhs-maturity export fhir-questionnaire`

fhir-unknown_item = `{ $link_id }` n'est pas un item du Questionnaire du référentiel
    .help = les questions ajoutées au Questionnaire ne sont pas lues ; vérifiez que le formulaire a été créé avec `lhs-maturity export fhir-questionnaire`

fhir-invalid_item = un item sans `linkId`, ou une liste d'items qui n'est pas une liste
    .help = chaque item d'une QuestionnaireResponse porte le `linkId` de l'item de son Questionnaire

fhir-invalid_field = `{ $field }` vaut `{ $value }`, qui n'est pas { $expected ->
        [date_time] une date et heure FHIR
       *[id] un identifiant FHIR
    }
    .help = { $expected ->
        [date_time] écrivez-la sous la forme 2026-10-02, ou 2026-10-02T09:30:00Z avec une heure et son fuseau horaire, ou omettez-la
       *[id] utilisez de 1 à 64 lettres, chiffres, `-` et `.`, ou omettez-le
    }

fhir-invalid_answer = `{ $link_id }` : `{ $value }` ne fait pas partie des réponses de l'item
    .help = une cotation est codée de 0 à 4, na ou unknown ; un degré de certitude low, medium ou high ; un item texte contient un valueString ; chaque item a une seule réponse

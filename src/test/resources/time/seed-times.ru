# Time on six relation mentions of the seed graph, as the extraction writes it (VOCABULARY.md, section Time), for
# the serving tests: the value, the expression as written and its offsets in the document text (where it stands in
# the mention's sentence). The article has no date, so its relative 今年初 keeps only its text. Whatever time the
# extraction wrote is cleared first, so the serving tests see exactly these six. Each INSERT finds its mention by
# subject, predicate, object and the expression in the sentence.
PREFIX tupu: <https://tupu.dev/ontology#>
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>

DELETE WHERE { GRAPH ?g { ?ev tupu:pointInTime ?v } } ;
DELETE WHERE { GRAPH ?g { ?ev tupu:startTime ?v } } ;
DELETE WHERE { GRAPH ?g { ?ev tupu:endTime ?v } } ;
DELETE WHERE { GRAPH ?g { ?ev tupu:timeText ?v } } ;
DELETE WHERE { GRAPH ?g { ?ev tupu:timeTextStart ?v } } ;
DELETE WHERE { GRAPH ?g { ?ev tupu:timeTextEnd ?v } } ;

# 2012年 … 离开百度: the departure, an event
INSERT { GRAPH ?g { ?ev tupu:pointInTime "2012"^^xsd:gYear ; tupu:timeText ?t ; tupu:timeTextStart ?ts ; tupu:timeTextEnd ?te } }
WHERE { GRAPH ?g {
  BIND("2012年" AS ?t)
  ?ev rdf:subject ?s ; rdf:predicate tupu:leftTeam ; rdf:object ?o ; tupu:sentence ?sentence ; tupu:sentenceStart ?at .
  ?s rdfs:label "李沐"@zh . ?o rdfs:label "百度"@zh .
  FILTER(CONTAINS(?sentence, ?t))
  BIND(?at + STRLEN(STRBEFORE(?sentence, ?t)) AS ?ts) BIND(?ts + STRLEN(?t) AS ?te)
} } ;

# 2012年 … 前往CMU深造: a stay that starts
INSERT { GRAPH ?g { ?ev tupu:startTime "2012"^^xsd:gYear ; tupu:timeText ?t ; tupu:timeTextStart ?ts ; tupu:timeTextEnd ?te } }
WHERE { GRAPH ?g {
  BIND("2012年" AS ?t)
  ?ev rdf:subject ?s ; rdf:predicate tupu:studiedAt ; rdf:object ?o ; tupu:sentence ?sentence ; tupu:sentenceStart ?at .
  ?s rdfs:label "李沐"@zh . ?o rdfs:label "卡内基梅隆大学"@zh .
  FILTER(CONTAINS(?sentence, ?t))
  BIND(?at + STRLEN(STRBEFORE(?sentence, ?t)) AS ?ts) BIND(?ts + STRLEN(?t) AS ?te)
} } ;

# 2011 年只2012 年 … 在百度: a range, one expression with both ends
INSERT { GRAPH ?g { ?ev tupu:startTime "2011"^^xsd:gYear ; tupu:endTime "2012"^^xsd:gYear ; tupu:timeText ?t ;
                    tupu:timeTextStart ?ts ; tupu:timeTextEnd ?te } }
WHERE { GRAPH ?g {
  BIND("2011 年只2012 年" AS ?t)
  ?ev rdf:subject ?s ; rdf:predicate tupu:worksFor ; rdf:object ?o ; tupu:sentence ?sentence ; tupu:sentenceStart ?at .
  ?s rdfs:label "李沐"@zh . ?o rdfs:label "百度"@zh .
  FILTER(CONTAINS(?sentence, ?t))
  BIND(?at + STRLEN(STRBEFORE(?sentence, ?t)) AS ?ts) BIND(?ts + STRLEN(?t) AS ?te)
} } ;

# 2004年 … 从上海交通大学 … 毕业: a stay that ends
INSERT { GRAPH ?g { ?ev tupu:endTime "2004"^^xsd:gYear ; tupu:timeText ?t ; tupu:timeTextStart ?ts ; tupu:timeTextEnd ?te } }
WHERE { GRAPH ?g {
  BIND("2004年" AS ?t)
  ?ev rdf:subject ?s ; rdf:predicate tupu:studiedAt ; rdf:object ?o ; tupu:sentence ?sentence ; tupu:sentenceStart ?at .
  ?s rdfs:label "李沐"@zh . ?o rdfs:label "上海交通大学"@zh .
  FILTER(CONTAINS(?sentence, ?t))
  BIND(?at + STRLEN(STRBEFORE(?sentence, ?t)) AS ?ts) BIND(?ts + STRLEN(?t) AS ?te)
} } ;

# 本人2018年3月入职MXNet团队: a month
INSERT { GRAPH ?g { ?ev tupu:startTime "2018-03"^^xsd:gYearMonth ; tupu:timeText ?t ; tupu:timeTextStart ?ts ; tupu:timeTextEnd ?te } }
WHERE { GRAPH ?g {
  BIND("2018年3月" AS ?t)
  ?ev rdf:subject ?s ; rdf:predicate tupu:developedBy ; rdf:object ?o ; tupu:sentence ?sentence ; tupu:sentenceStart ?at .
  ?s rdfs:label "MXNet"@en . ?o rdfs:label "MXNet团队"@zh .
  FILTER(CONTAINS(?sentence, ?t))
  BIND(?at + STRLEN(STRBEFORE(?sentence, ?t)) AS ?ts) BIND(?ts + STRLEN(?t) AS ?te)
} } ;

# 今年初至今已经离开6人: relative, and the article has no date: the text only
INSERT { GRAPH ?g { ?ev tupu:timeText ?t ; tupu:timeTextStart ?ts ; tupu:timeTextEnd ?te } }
WHERE { GRAPH ?g {
  BIND("今年初" AS ?t)
  ?ev rdf:subject ?s ; rdf:predicate tupu:leads ; rdf:object ?o ; tupu:sentence ?sentence ; tupu:sentenceStart ?at .
  ?s rdfs:label "李沐"@zh . ?o rdfs:label "李沐团队"@zh .
  FILTER(CONTAINS(?sentence, ?t))
  BIND(?at + STRLEN(STRBEFORE(?sentence, ?t)) AS ?ts) BIND(?ts + STRLEN(?t) AS ?te)
} }

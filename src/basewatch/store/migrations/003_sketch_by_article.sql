-- Schema 3: near-duplicate checks read a candidate's whole sketch; index it by article.
CREATE INDEX article_sketch_article ON article_sketch(article_id);

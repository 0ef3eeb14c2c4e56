//! Edits to an article's details that are not its text: outlet, title, date and address. The
//! text itself stays as it was kept, so every quote stays verbatim.

use super::change::{ArticleMeta, Change};
use super::checked::{checked, Edit, Refused};
use crate::corpus::{Article, Corpus};
use crate::text::{and_list, count, quoted};

/// The details of `article` as an [`ArticleMeta`].
pub fn meta_of(article: &Article) -> ArticleMeta {
    ArticleMeta {
        outlet: article.outlet.clone(),
        title: article.title.clone(),
        published: article.published.clone(),
        url: article.url.clone(),
    }
}

/// The article `id` with the details `after` (trimmed), checked like an import's (a real date,
/// a web address).
pub fn edit_article(
    corpus: &Corpus,
    id: &str,
    after: ArticleMeta,
) -> Result<(Corpus, Edit), Refused> {
    let Some(article) = corpus.article(id) else {
        return Err(Refused::because(format!(
            "There is no article “{id}” any more."
        )));
    };
    let after = ArticleMeta {
        outlet: after.outlet.trim().to_owned(),
        title: after.title.trim().to_owned(),
        published: after.published.trim().to_owned(),
        url: after.url.trim().to_owned(),
    };
    if after.title.is_empty() {
        return Err(Refused::because("An article needs a title."));
    }
    let before = meta_of(article);
    let fields: Vec<&str> = [
        ("outlet", before.outlet != after.outlet),
        ("title", before.title != after.title),
        ("date", before.published != after.published),
        ("address", before.url != after.url),
    ]
    .into_iter()
    .filter(|(_, d)| *d)
    .map(|(f, _)| f)
    .collect();
    if fields.is_empty() {
        return Err(Refused::because("Nothing was changed."));
    }
    let label = format!(
        "Changed the {} of the article {}",
        and_list(&fields),
        quoted(&before.title)
    );
    let change = Change::ArticleMeta {
        article: id.to_owned(),
        before,
        after,
    };
    checked(corpus, change, label)
}

/// `after`, which is `before` with a pasted article (its claims, and any new speakers and
/// sides) added, as an edit of `before`: "Added the article “…” with 5 claims".
pub fn added_article(before: &Corpus, after: &Corpus) -> Result<(Corpus, Edit), Refused> {
    let Some(change) = Change::appended(before, after) else {
        return Err(Refused::because(
            "The corpus changed while the article was being added; add it again.",
        ));
    };
    let title = after
        .articles
        .last()
        .filter(|_| after.articles.len() > before.articles.len())
        .map_or_else(String::new, |a| a.title.clone());
    let claims = after.claims.len() - before.claims.len();
    let label = format!(
        "Added the article {} with {}",
        quoted(&title),
        count(claims, "claim")
    );
    checked(before, change, label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::valid_corpus as corpus;

    #[test]
    fn an_added_article_is_one_edit() {
        let c = corpus();
        let mut after = c.clone();
        let mut a = after.articles[0].clone();
        a.id = "a3".into();
        a.title = "Third".into();
        for p in &mut a.paragraphs {
            p.id = format!("a3-{}", p.id);
        }
        after.articles.push(a);
        let (out, e) = added_article(&c, &after).unwrap();
        assert_eq!(out, after);
        assert_eq!(e.label, "Added the article “Third” with 0 claims");
    }

    #[test]
    fn details_change_and_bad_ones_are_refused() {
        let c = corpus();
        let meta = meta_of(c.article("a1").unwrap());
        let (out, e) = edit_article(
            &c,
            "a1",
            ArticleMeta {
                title: "Putin answers".into(),
                ..meta.clone()
            },
        )
        .unwrap();
        assert_eq!(out.article("a1").unwrap().title, "Putin answers");
        assert_eq!(e.label, "Changed the title of the article “a1”");
        let bad = edit_article(
            &c,
            "a1",
            ArticleMeta {
                published: "2019-02-30".into(),
                ..meta
            },
        )
        .unwrap_err();
        assert!(
            bad.0[0].starts_with("The corpus would break a rule:"),
            "{bad}"
        );
    }
}

"""A realistic news-site page around an article: the furniture real pages carry, for the HTML reader's tests.

Importable by the tests beside it and by bench/html_throughput.py (by path). Every piece of furniture
carries a marker sentence listed in FURNITURE, so a test can assert that none of it reached the text.
"""

from __future__ import annotations

import html
import json

# One marker per kind of furniture; none of them may survive extraction.
FURNITURE = {
    "fr": {
        "nav": "Rubriques International Politique Économie Sport Culture",
        "cookie": "Nous utilisons des cookies pour améliorer votre expérience de navigation",
        "ad": "Profitez de notre offre spéciale abonnement numérique à un euro le premier mois",
        "inline_ad": "Découvrez nos forfaits mobiles sans engagement chez notre partenaire",
        "related": "Inondations dans le Gard : la préfecture lève la vigilance rouge",
        "comment": "Encore une fois les médias ne disent pas toute la vérité sur cette affaire",
        "newsletter": "Inscrivez-vous à notre lettre d'information quotidienne",
        "footer": "Mentions légales Politique de confidentialité Gestion des cookies",
        "inline_related": "Ce que l'on sait du nouveau gouvernement de transition",
        "sponsored": "Cette astuce de grand-mère fait fondre la graisse du ventre",
        "comment2": "Triste nouvelle, pensées aux familles des victimes",
    },
    "en": {
        "nav": "Sections World Politics Business Sport Culture",
        "cookie": "We use cookies to improve your browsing experience and show personalised ads",
        "ad": "Subscribe today and get unlimited digital access for just one dollar a week",
        "inline_ad": "Compare the best mobile phone deals from our trusted partner",
        "related": "Heatwave grips southern Europe as temperatures hit record highs",
        "comment": "Once again the mainstream media is not telling the whole story here",
        "newsletter": "Sign up for our daily morning briefing newsletter",
        "footer": "Terms of use Privacy policy Cookie settings Contact us",
        "inline_related": "What we know about the new transitional government",
        "sponsored": "This one weird trick melts belly fat overnight, doctors say",
        "comment2": "Sad news, thoughts with the families of the victims",
    },
}

SITE = {"fr": ("Le Courrier du Levant", "www.courrier-levant.example"),
        "en": ("The Daily Ledger", "www.dailyledger.example")}
WORDS = {
    "fr": {"read_more": "À lire aussi", "comments": "Commentaires", "by": "Par", "published": "Publié le",
           "share": "Partager sur Facebook Partager sur X Envoyer par courriel", "ad_label": "Publicité",
           "recommended": "Recommandé pour vous", "other": "Le marché de Noël ouvre ses portes samedi."},
    "en": {"read_more": "Related stories", "comments": "Comments", "by": "By", "published": "Published",
           "share": "Share on Facebook Share on X Email this story", "ad_label": "Advertisement",
           "recommended": "Recommended for you", "other": "Christmas market opens its doors on Saturday."},
}


def news_page(paragraphs: list[str], *, lang: str = "fr", headline: str = "Titre", published: str | None = "2016-05-03",
              slug: str = "article", author: str = "Jeanne Martin", inline_ad: bool = True,
              inline_related: bool = True, json_ld: bool = True, dated_url: bool = True,
              markup_date: bool = True, charset: str = "utf-8") -> str:
    """A full news page with `paragraphs` as the article body.

    paragraphs: the article's paragraphs, in order. published: YYYY-MM-DD for JSON-LD, meta and <time>,
    or None for an undated page. inline_ad: put an ad block between two body paragraphs, as sites do.
    inline_related: put a "read also" link box between two later paragraphs, as French sites do.
    json_ld, dated_url, markup_date: where the date is given (JSON-LD; the URL's /2016/05/03/; an
    article:published_time meta and a <time> tag). charset: the <meta charset> declared.
    """
    site, host = SITE[lang]
    furniture, words = FURNITURE[lang], WORDS[lang]
    url = f"https://{host}/{published.replace('-', '/') + '/' if published and dated_url else ''}{slug}.html"
    e = html.escape
    body = [f"<p>{e(p)}</p>" for p in paragraphs]
    if inline_ad and len(body) > 2:
        # class names trafilatura does not know by itself: French sites say "pub"
        body.insert(2, f"""<div class="{'pub' if lang == 'fr' else 'advert'}" id="inread" data-unit="inread">
          <span class="label">{words['ad_label']}</span>
          <p>{furniture['inline_ad']}. {furniture['inline_ad']} !</p>
        </div>""")
    if inline_related and len(body) > 4:
        body.insert(len(body) - 2, f"""<aside class="read-also inline-related">
          <span class="read-also__label">{words['read_more']}</span>
          <a href="https://{host}/transition.html">{furniture['inline_related']}</a>
        </aside>""")
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "inLanguage": lang,
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject", "url": f"https://{host}/logo.png"}},
    }
    if published:
        ld["datePublished"] = f"{published}T08:15:00+02:00"
        ld["dateModified"] = f"{published}T09:40:00+02:00"
    dated = (f'<meta property="article:published_time" content="{published}T08:15:00+02:00">'
             if published and markup_date else "")
    time_tag = (f'<p class="meta">{words["by"]} <a rel="author" href="/auteurs/jm">{e(author)}</a> · '
                f'{words["published"]} <time datetime="{published}T08:15:00+02:00">{published}</time></p>'
                if published and markup_date else f'<p class="meta">{words["by"]} {e(author)}</p>')
    related = "\n".join(
        f'<li><a href="https://{host}/{i}.html"><h3>{e(t)}</h3></a></li>'
        for i, t in enumerate([furniture["related"] + ".", words["other"]]))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="{charset}">
  <title>{e(headline)} | {e(site)}</title>
  <meta name="description" content="{e(paragraphs[0][:150])}">
  <meta property="og:site_name" content="{e(site)}">
  <meta property="og:title" content="{e(headline)}">
  <meta property="og:type" content="article">
  <link rel="canonical" href="{url}">
  {dated}
  {'<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>' if json_ld else ''}
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
  <style>.ad-slot {{ min-height: 250px; }} .cookie-banner {{ position: fixed; bottom: 0; }}</style>
</head>
<body class="article-page">
  <div id="cookie-banner" class="cookie-banner cookie-consent" role="dialog" aria-label="cookies">
    <p>{furniture['cookie']}. <a href="/cookies">En savoir plus</a></p>
    <button class="accept">OK</button> <button class="refuse">Refuser</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{e(site)}</a>
    <nav class="main-nav" role="navigation"><ul>
      {''.join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in furniture['nav'].split())}
    </ul></nav>
  </header>
  <div class="ad-slot ad-leaderboard" id="ad-top"><span class="ad-label">{words['ad_label']}</span>
    <a href="https://ads.example/click?id=7"><div>{furniture['ad']}.</div></a></div>
  <main id="main">
    <nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/international">International</a></nav>
    <article class="article">
      <header>
        <h1 class="article-title">{e(headline)}</h1>
        {time_tag}
        <div class="share-buttons">{words['share']}</div>
      </header>
      <div class="article-body" itemprop="articleBody">
        {chr(10).join(body)}
      </div>
      <footer class="article-footer">
        <div class="tags">Tags: <a href="/t/1">Syrie</a> <a href="/t/2">Conflit</a></div>
      </footer>
    </article>
    <div class="OUTBRAIN ob-widget" data-widget-id="AR_1">
      <span class="ob-widget-header">{words['recommended']}</span>
      <a class="ob-dynamic-rec-link" href="https://paid.outbrain.example/1"><span>{furniture['sponsored']}</span></a>
    </div>
    <aside class="related-articles">
      <h2>{words['read_more']}</h2>
      <ul>{related}</ul>
    </aside>
    <section id="comments" class="comments">
      <h2>{words['comments']} (2)</h2>
      <div class="comment"><p class="comment-author">lecteur75</p><p>{furniture['comment']}.</p></div>
      <div class="comment"><p class="comment-author">Marc_B</p><p>{furniture['comment2']}.</p></div>
      <form class="comment-form"><textarea name="c"></textarea><button>Envoyer</button></form>
    </section>
  </main>
  <aside class="sidebar">
    <div class="newsletter-box"><p>{furniture['newsletter']}.</p><input type="email"><button>OK</button></div>
    <div class="ad-slot ad-sidebar"><span class="ad-label">{words['ad_label']}</span><p>{furniture['ad']}!</p></div>
  </aside>
  <footer class="site-footer"><p>{furniture['footer']}</p><p>© 2016 {e(site)}</p></footer>
</body>
</html>"""

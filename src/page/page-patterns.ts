/**
 * Saved web pages: what tells a page from a fragment, and what in a page is not the article. Each rule is data with
 * a note saying why it exists; `test/fixtures/page/<phenomenon>/` shows each at work.
 */

// Note: a saved page may open with comments, an XML declaration or whole scripts before its <html>; the shell is
// looked for in the first part of the file only, so a fragment quoting "<html>" further down stays a fragment.
export const SHELL_SCAN_LENGTH = 256 * 1024;

/** Marks of a whole document. */
export const DOCUMENT_SHELL: ReadonlyArray<{ label: string; pattern: RegExp }> = [
  // Note: "Save page as…" and curl keep the doctype; fragments never have one.
  { label: "doctype", pattern: /<!doctype\s+html/i },
  { label: "<html>", pattern: /<html[\s>]/i },
  { label: "<head>", pattern: /<head[\s>]/i },
];

// Note: a head that carries a title, meta tags or links is a page's head, not a stray tag in a pasted body.
export const HEAD_METADATA = /<head[\s>][\s\S]*?<(?:title|meta|link)[\s>]/i;

// Note: elements that surround an article on a page (site navigation, scripts, forms) and never belong to a body an
// editor pasted or a feed carries.
export const PAGE_FURNITURE_TAGS = ["nav", "header", "footer", "script", "aside", "form", "iframe"] as const;

// Note: schema.org types that publishers give an article's JSON-LD: news, blog posts, live blogs, reports.
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
  "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "TechArticle",
  "ScholarlyArticle", "Report", "SatiricalArticle", "AdvertiserContentArticle", "Review",
]);

// Note: Readability's own JSON-LD reading is off: roundup's metadata chain reads it (and reports what is malformed).
export const READABILITY_OPTIONS = { disableJSONLD: true } as const;

// Note: elements that are never part of an article's text: code, styles, embedded frames, forms and their
// controls, vector art, dialogs. They go before any extraction, so no rule below ever scores them.
export const NEVER_TEXT = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, script, style, noscript, template, iframe, frame, frameset, object, embed, form, button, input, select, textarea, svg, canvas, dialog, link, meta";

// Note: content a browser does not show (hidden attributes, `display: none`) is not what a reader saw.
export const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i]';

// Note: tracking pixels: images of one or no pixel, which count a reader and show nothing.
export const TRACKING_PIXEL = 'img[width="0"], img[width="1"], img[height="0"], img[height="1"], img[src*="pixel" i], img[src*="/track" i], img[src*="beacon" i]';

// Note: class and id words (split at spaces, hyphens and underscores) that sites give to what surrounds an
// article: share bars, comment threads, related and "most read" lists, newsletter boxes, cookie banners, ads.
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([
  "comment", "comments", "commentlist", "respond", "disqus", "share", "sharing", "shares", "sharebar", "social", "socials",
  "related", "recommended", "recommendations", "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies",
  "consent", "gdpr", "breadcrumb", "breadcrumbs", "advert", "advertisement", "ad", "ads", "adslot", "sponsor", "sponsored",
  "promo", "sidebar", "widget", "widgets", "popular", "mostread", "trending", "outbrain", "taboola", "paywall", "modal",
  "popup", "navbar", "menu", "nav", "navigation", "pagination", "pager", "toolbar", "print", "rating", "skip", "jump",
  "footer", "teaser", "teasers", "caption", "credit", "credits", "copyright", "licence", "license", "tags", "tagcloud",
  "byline", "bio", "meta", "notice", "yarpp", "embed", "disclaimer", "affiliate", "legend", "author", "authors",
  "autor", "autoren", "postmeta", "entrymeta",
]);


// Note: a live blog's or live ticker's entries are short and often named "comments" (a match's commentary), but
// they are the article; so are the containers of the article's body that themes nest inside a "widget".
export const LIVE_NAMES = /live|ticker|minute-by-minute/i;
export const ARTICLE_MARKERS = '[itemprop="articleBody"], article, [class*="entry-content"], [class*="post-body"], [class*="article-body"], [class*="articleBody"], [class*="story-body"]';

// Note: a boilerplate-named element that holds this share of the page's text is the article's own wrapper (a
// theme's "content has-sidebar" div), not furniture beside it.
export const WRAPPER_SHARE = 0.3;

// Note: a comment thread or a "related" box is links and short lines; two paragraphs of prose under such a name
// are a live blog's entries or an article whose theme names its wrapper oddly ("entry share", "print-active").
export const PROSE_PARAGRAPH = 120;
export const PROSE_PARAGRAPHS = 2;

// Note: a paragraph that opens with "Read more:" / "Lesen Sie auch" and links another article is a teaser the
// site sets between an article's paragraphs, in every language of the sites editors save.
export const READ_ALSO = /^(?:(?:read|see) (?:more|also)|also read|related|more|watch|listen|follow (?:us|\S+(?: \S+)?) on|(?:le|te) puede interesar|mira|mehr themen|lea (?:también|más)|lea|vea también|ver también|lee también|veja também|leia também|leia mais|lesen sie (?:auch|mehr|hier)|auch interessant|mehr zum thema|mehr dazu|zum weiterlesen|weiterlesen|siehe auch|lire aussi|à lire aussi|a lire aussi|voir aussi|à voir aussi|czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|leggi anche|vedi anche|lees ook|bekijk ook)\b\s*[:.!»>-]/i;
export const READ_ALSO_MAX = 300;

// Note: short lines of page chrome that a site puts inside the article's container: share and comment prompts,
// newsletter and subscription boxes, advertising labels, print and permalink buttons, in several languages.
export const CHROME_LINE = /^(?:(?:share|teilen|partager|compartir|condividi|udostępnij)\b.{0,60}|.{0,40}\b(?:artikel|beitrag|article|story) (?:teilen|drucken|share|print)\b.{0,20}|(?:leave a (?:reply|comment)|post a comment|write a comment|kommentar(?:e)? (?:schreiben|verfassen)|kommentieren|laisser un commentaire|deja un comentario|dodaj komentarz)\b.{0,40}|\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|komentarz[ey]?)|\*?(?:advertisement|anzeige|werbung|publicité|publicidad|reklama|sponsored|advertising disclosure)\b\s*[:.]?.{0,150}|permalink|permalien|drucken|print(?: this)?|drukuj|imprimer|imprimir|(?:join|subscribe to|sign up for) (?:our|the) newsletter.{0,80}|.{0,60}\bnewsletter (?:abonnieren|bestellen)\b.{0,40}|war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)\?|was this (?:article|page) helpful\?|(?:photo |image |picture |bild|foto|fotos?|cr[ée]dits? photos?|photograph(?:ed)? by|credits?)\s*(?:credits?)?\s*:.{0,80}|(?:quelle|quellen|source|sources|fuente|fonte|źródło)\s*:.{0,80}|(?:kategorie|kategorien|category|categories|catégories?|categoría|tags?|schlagw(?:ö|o)rter|stichw(?:ö|o)rter|themen|topics|filed under)\s*:.{0,120}|(?:did you|do you) (?:like|enjoy) this (?:article|story)\?.{0,40})$/i;
export const CHROME_LINE_MAX = 160;

// Word bounds for the patterns below, in letters and digits of any script: JavaScript's \b knows only ASCII
// letters, so "Únete" and "Abonnez-vous" need these.
const START = "(?<![\\p{L}\\p{N}])";
const END = "(?![\\p{L}\\p{N}])";
const words = (list: string): string => `${START}(?:${list})${END}`;

// Note: a call to follow the site on a social network, join its channel or install its app: a promotion, in any
// of the languages below, whatever the site's wording around it.
export const SOCIAL_PROMO = new RegExp(
  `^(?=.*${words("telegram|whatsapp|twitter|instagram|facebook|youtube|tiktok|linkedin|app store|google play|ios|android|newsletter|podcast|e-?paper|edition")})` +
    `(?=.*${words("follow|join|subscribe|download|sign up|únete|síguenos|siguenos|sigue a|suscríbete|mira|folgen sie|folge uns|folgt uns|abonnieren|abonniere|herunterladen|suivez|abonnez|rejoignez|téléchargez|obserwuj|dołącz|subskrybuj|segui|iscriviti|siga|inscreva")}).{0,300}$`,
  "iu",
);
export const SOCIAL_PROMO_MAX = 300;

// Note: a call to subscribe, sign up or become a member (newsletters, briefings, exclusive offers) and a paywall's
// notice ("To view the full story, please subscribe", "already a subscriber"): the site's offer, not the article.
export const SUBSCRIBE_PROMPT = new RegExp(
  `${words("subscribe|sign up|sign-up|register|join|abonnieren|abonniere|abonnez|abonnez-vous|inscrivez-vous|suscríbete|suscribete|suscríbase|hazte|werden sie|werde|become|bestellen|erhalte|erhalten sie|melden sie sich")}.{0,80}` +
    `${words("newsletter|briefing|updates|inbox|exclusive|exklusive?n?|beneficios|member|miembro|mitglied|subscriber|abonnent|premium")}` +
    `|${words("already a subscriber|subscribers only|for subscribers|to (?:view|read|continue reading) (?:the|this) (?:full |whole |entire )?(?:story|article)|nur für abonnenten|réservé aux abonnés|exclusivo para (?:suscriptores|socios)|(?:mit|with) (?:unserem|our) newsletter")}`,
  "iu",
);
export const SUBSCRIBE_PROMPT_MAX = 250;

// Note: a cookie banner's sentence ("By continuing to use this site you agree to the use of cookies") that a theme
// prints inside the article's container. Both the cookies and the consent are asked for: recipes bake cookies.
export const COOKIE_NOTICE = new RegExp(
  `^(?=.*${words("cookies?")})(?=.*(?:(?:this|our) (?:web)?site uses|(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt)|ce site utilise|este sitio (?:web )?utiliza|continu\\w* (?:to )?(?:use|using|brows)|by using (?:this|our)|durch die (?:weitere )?nutzung|wenn sie (?:die|diese) (?:web)?seite weiter|en poursuivant|(?:you|du|sie) (?:accept|agree|consent)|stimmst du|stimmen sie|akzeptier|zustimm|acepta))`,
  "iu",
);
export const COOKIE_NOTICE_MAX = 300;

// Note: a photo's credit or a caption that carries one ("(Foto: dpa)", "Photo: Getty", "… | © Augusta
// National/Getty Images", "Beitragsbild via Unsplash"): a line about a picture, which the text does not show.
export const PHOTO_CREDIT = new RegExp(
  `©|\\((?:photo|foto|bild|image|credit)s?\\s*:|${START}(?:photo|foto|fotos|bild|image|picture|crédit|credit|beitragsbild|titelbild|symbolbild|bildquelle|fotoquelle|photo source|featured image)s?\\s*(?::|via|by|von|de)\\s` +
    `|${words("getty(?: images)?|shutterstock|istock(?:photo)?|unsplash|pexels|pixabay|pixelio(?:\\.de)?|picture alliance|dpa|afp|reuters|ap photo|imago")}\\W*$`,
  "iu",
);
export const PHOTO_CREDIT_MAX = 160;

// Note: a figure's caption set as a line of its own ("Abbildung: …", "Abb. 2: …", "Illustration: …", "Figure 3: …")
// describes a picture the text does not show.
export const FIGURE_CAPTION = /^(?:abbildung|abb\.|grafik|illustration|schaubild|fig(?:ure|\.)?|ilustración|illustrazione)\s*\d*\s*:/iu;
export const FIGURE_CAPTION_MAX = 250;

// Note: the label of a button or of a link back that a theme prints inside the article ("zurück", "Back to the
// overview", "Load more", "Lade weitere Inhalte", "Mehr anzeigen"), in several languages.
export const BUTTON_LINE = /^(?:[«<←‹]\s*)?(?:zurück|back|retour|volver|powrót|wstecz|torna indietro)(?:\s+(?:to|zu[rm]?|à|a|al|do)\s.{0,40})?$|^(?:load|show|view) more(?: \S+){0,2}\W*$|^(?:lade|weitere|mehr) (?:weitere |mehr )?(?:inhalte|artikel|beiträge)? ?(?:laden|anzeigen)?\W*$|^(?:cargar|ver|mostrar) más\W*$|^(?:charger|voir) plus\W*$/iu;
export const BUTTON_LINE_MAX = 80;

// Note: a byline on a line of its own ("By Ana Ruiz", "VON Sina Giebel"): the author is in the metadata already.
// Case matters here: "von Anfang an" opens a sentence, "Von Anna Berg" a byline.
export const BYLINE = /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Pp]rzez|[Dd]oor)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|und|et|y|i|en))*$/u;

// Note: a date on a line of its own ("05. Februar 2020", "23.10.2018", "January 5, 2026, 10:30"): the publication
// date, which is in the metadata, not a sentence of the article.
export const DATE_LINE = /^(?:\p{L}+,?\s+)?(?:\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})(?:,?\s+(?:um\s+|at\s+|à\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|am|pm|h))?)?$/iu;

// Note: a heading that opens what follows an article: comment threads, "related" and "more from" lists. From
// there to the end of the extracted text, nothing is the article's.
export const END_OF_ARTICLE = /^(?:comments?|\d+ comments?|leave a (?:reply|comment)|(?:\d+ )?(?:responses?|replies)|related(?: (?:articles?|posts?|stories|content|coverage|news))?|(?:you )?(?:might|may) (?:also )?like|more (?:from|on|stories|articles|news)\b.{0,40}|read (?:more|next)|recommended(?: for you)?|kommentare?|(?:\d+ )?kommentare?|ähnliche (?:artikel|beiträge)|weitere (?:artikel|beiträge|themen|nachrichten)|das könnte (?:sie|dich) auch interessieren!?|auch interessant|mehr zum thema|(?:\d+ )?commentaires?|sur le même sujet|à lire aussi|articles? similaires|comentarios|(?:te puede|le puede) interesar|noticias relacionadas|artigos relacionados|komentarze|zobacz (?:też|także)|podobne artykuły|articoli correlati|weiterführende (?:links?|informationen|artikel)|weitere (?:beiträge|artikel|tipps|tourentipps|informationen)(?: \S+){0,4}|themen im artikel|lesen sie auch(?: \S+){0,4}|quellen(?:angaben)?|sources?|references|weblinks|articles? liés|empfehlung(?:en)? der redaktion|editor'?s picks|(?:about|über|sobre|à propos de) (?:the |den |die |el |la |l'|l’)?(?:author|autor|autorin|auteur|autora|writer)|o autorze)\s*:?$/i;
// Note: an author's box opens with the author's name under "About" ("Über Simon Dückert", "About Jane Doe"); the
// name's capitals tell it from a heading of the article ("About the vote").
export const AUTHOR_BOX = /^(?:About|Über|À propos de|Sobre) \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,2}$/u;
export const END_HEADING_MAX = 80;
// Note: a box of related links that the article's paragraphs go on after was set amid the text and goes alone; a
// heading that opens the readers' comments is followed by prose too, which is theirs, so it still ends the article.
export const THREAD_HEADING = /comment|kommentar|commentaire|comentario|komentarz|repl(?:y|ies)|responses?|antwort|lesermeinung|leserbrief/i;

// Note: a recipe's ingredients link each food to the site's glossary or shop ("200 g <a>flour</a>"), so the list is
// mostly links and yet the article's; schema.org's microdata and the sites' own names mark it.
export const RECIPE_PARTS = '[itemprop="recipeIngredient"], [itemprop="ingredients"], [itemprop="recipeInstructions"], [class*="ingredient" i], [class*="zutat" i], [id*="ingredient" i], [id*="zutat" i]';

// Note: a list or box that is mostly link text is a menu, a teaser list or a tag cloud, not the article's prose.
export const LINK_DENSITY_MAX = 0.6;

// Note: the blocks that hold an article's prose on any page; the fallback reading keeps these and nothing else.
export const FALLBACK_BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";
// Note: a page's navigation, header, footer and side boxes hold paragraphs too, never the article's.
export const FALLBACK_OUTSIDE = "nav, header, footer, aside, menu";

// Note: the markup sites use to say "this is the article": schema.org's microdata, HTML's own elements, ARIA.
export const MARKED_ARTICLE = ['[itemprop="articleBody"]', "article", "main", '[role="main"]'] as const;

/** When a second reading replaces Readability's: it wins when Readability found less than this share of it. */
export const FALLBACK_SHARE = {
  // Note: a JSON-LD `articleBody` twice as long as what Readability kept is the complete text of an article whose
  // page Readability misread (text split over teaser-like blocks); a shorter one is a teaser or a truncated copy.
  jsonLd: 0.5,
  // Note: the element the page marks as its article, when Readability kept less than 70% of it, holds parts of the
  // article that Readability dropped (lists, short paragraphs, live-blog entries).
  marked: 0.7,
  // Note: the page's prose blocks, when Readability kept less than half of them: Readability chose one box of many.
  paragraphs: 0.5,
  // Note: the other way round: when Readability kept half again as much as the element schema.org microdata marks
  // as the article body, it took the marked body's wrapper (a site intro, a teaser strip) along with it.
  microdataWrapper: 1.5,
} as const;

// Note: a box (div, section, table) under this many characters whose text is mostly links is a teaser block or a
// link box; a longer one is prose that links a lot.
export const LINK_BOX_MAX = 600;

// Note: Readability's scoring grows faster than the page; the largest article pages saved from news sites have
// about 30,000 elements, and a page ten times as large is a dump or an attack, read by the cheaper second readings.
export const MAX_READABILITY_ELEMENTS = 60_000;

// Note: inside the main text, figures and their captions (photo credits, a gallery's captions), footers (tags, "this
// entry was posted in", the author's box) and asides (info boxes, "more on this") are not the article's prose.
export const ASIDES = "figcaption, figure, footer, aside, nav";

// Note: a news page sets its standfirst (dek, lead, "chapô", "bajada", "Teaser") between the headline and the body,
// in a header or a box of its own that Readability leaves out; the page's description repeats it, which is how it is
// recognised. A description shorter than this is a slogan or the site's name, not a standfirst.
export const STANDFIRST_MIN = 40;
// Note: the standfirst is found by the opening of the description, since descriptions are often cut short ("…").
export const STANDFIRST_KEY = 60;
// Note: the element holding the standfirst holds the description and little else: at most this many times its length
// (plus a kicker or a date); a larger box is the article or the page around it.
export const STANDFIRST_SPAN = { least: 0.8, most: 1.5, slack: 40 } as const;
// Note: the description repeated in a caption, a menu, a footer or a teaser link is not the standfirst.
// Note: a site's header (outside the article, holding the site's navigation) shows the site's slogan, which a site may also give as
// every page's description; the standfirst is the article's, never the banner's.
export const SITE_BANNER = 'header, [role="banner"]';
export const STANDFIRST_OUTSIDE = "nav, footer, aside, figure, figcaption, a, script, style, noscript, template, title, head, button, select, textarea";

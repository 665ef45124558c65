/** Outlets by web domain and by the names sources use for them. */

// Note: domains of common outlets → the name readers know them by; aggregator domains are listed so that an
// aggregator's link is never taken for the outlet of the article it points to.
export const DOMAIN_OUTLETS: Readonly<Record<string, string>> = {
  "bbc.co.uk": "BBC", "bbc.com": "BBC", "apnews.com": "AP News", "reuters.com": "Reuters", "bloomberg.com": "Bloomberg",
  "asia.nikkei.com": "Nikkei Asia", "nikkei.com": "Nikkei", "dw.com": "DW", "straitstimes.com": "The Straits Times",
  "businesstimes.com.sg": "The Business Times", "scmp.com": "South China Morning Post", "koreaherald.com": "The Korea Herald",
  "koreatimes.co.kr": "The Korea Times", "yna.co.kr": "Yonhap", "en.yna.co.kr": "Yonhap", "nytimes.com": "The New York Times",
  "washingtonpost.com": "The Washington Post", "wsj.com": "The Wall Street Journal", "theguardian.com": "The Guardian",
  "cnn.com": "CNN", "foxnews.com": "Fox News", "nbcnews.com": "NBC News", "cbsnews.com": "CBS News", "abcnews.go.com": "ABC News",
  "npr.org": "NPR", "politico.com": "Politico", "axios.com": "Axios", "thehill.com": "The Hill", "usatoday.com": "USA Today",
  "aljazeera.com": "Al Jazeera", "france24.com": "France 24", "afp.com": "AFP", "ft.com": "Financial Times",
  "economist.com": "The Economist", "cnbc.com": "CNBC", "japantimes.co.jp": "The Japan Times", "xinhuanet.com": "Xinhua",
  "globaltimes.cn": "Global Times", "news.google.com": "Google News", "news.yahoo.com": "Yahoo News",
};

/** Domains whose links lead to other outlets' articles. */
export const AGGREGATOR_DOMAINS: ReadonlySet<string> = new Set(["news.google.com", "news.yahoo.com", "msn.com", "flipboard.com", "apple.news"]);

// Note: names aggregators print for outlets that readers know by another name ("dw.com" in Google News).
export const OUTLET_ALIASES: Readonly<Record<string, string>> = {
  "dw.com": "DW", "Deutsche Welle": "DW", "bbc.com": "BBC", "BBC News": "BBC", "Reuters.com": "Reuters",
  "The Associated Press": "AP News", "Associated Press": "AP News",
};

/** The host of an http(s) URL, without `www.`; null for anything else. */
export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    return parsed.hostname.replace(/^www\./, "").toLowerCase();
  } catch {
    return null;
  }
}

/** The outlet of a domain: the table, then its parent domains (`edition.cnn.com` → `cnn.com`). */
export function outletOfDomain(domain: string | null): string | null {
  if (!domain) return null;
  const parts = domain.split(".");
  for (let i = 0; i < parts.length - 1; i += 1) {
    const name = DOMAIN_OUTLETS[parts.slice(i).join(".")];
    if (name) return name;
  }
  return null;
}

/** The display name of an outlet as a source wrote it. */
export function canonicalOutlet(name: string): string {
  const trimmed = name.trim();
  return OUTLET_ALIASES[trimmed] ?? trimmed;
}

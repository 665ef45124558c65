/** The line patterns of saved-page furniture: what each must match, and sentences of articles it must leave alone. */
import { describe, expect, it } from "vitest";
import { BUTTON_LINE, COOKIE_NOTICE, FIGURE_CAPTION, PHOTO_CREDIT, SOCIAL_PROMO, SUBSCRIBE_PROMPT } from "../../src/page/page-patterns.ts";

const cases: Array<{ name: string; pattern: RegExp; furniture: string[]; prose: string[] }> = [
  {
    name: "subscription and paywall prompts",
    pattern: SUBSCRIBE_PROMPT,
    furniture: [
      "To view the full story, please subscribe to the Harbour Times.",
      "If you are seeing this message but you are already a subscriber, you can log in.",
      "Mit unserem Newsletter bleiben Sie informiert",
      "Abonnieren Sie unser Daily Briefing: Was in der Industrie wichtig wird.",
      "HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS",
    ],
    prose: [
      "The union's members voted to join the strike on Monday.",
      "She became a subscriber to the theory only after the second study was published.",
      "Registration for the conference is now open.",
    ],
  },
  {
    name: "cookie notices",
    pattern: COOKIE_NOTICE,
    furniture: ["By continuing to use this site you agree to the use of cookies.", "Durch die weitere Nutzung der Seite stimmst du der Verwendung von Cookies zu.", "Ce site utilise des cookies."],
    prose: ["Bake the cookies for twelve minutes, until the edges are golden.", "Regulators said the firm used cookies to track users across sites."],
  },
  {
    name: "photo credits and captions",
    pattern: PHOTO_CREDIT,
    furniture: ["The lamp room. | © Ana Ruiz/Harbour Times", "(Foto: dpa)", "Roman Prymula, photo: Government archives", "Beitragsbild via Unsplash.", "Crowds at the pier on Sunday. Getty Images"],
    prose: ["He told his grandpa: we will go to the harbour.", "The photographer sold the image to a local paper.", "Der (Bildungs-)Weg ist lang."],
  },
  {
    name: "social promotions, in scripts beyond ASCII",
    pattern: SOCIAL_PROMO,
    furniture: ["¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.", "Suivez-nous sur Facebook et Instagram.", "Follow us on Twitter"],
    prose: ["The minister's followers on Twitter doubled in a week.", "Die Folgen für Facebook sind noch unklar.", "La investigación sigue, según Facebook."],
  },
  {
    name: "figure captions",
    pattern: FIGURE_CAPTION,
    furniture: ["Abbildung: Vergleich auf dem Aletschgletscher", "Abb. 2: Die Schneehöhe im Mattertal", "Illustration: Sarah Grillo", "Figure 3: Tide heights in January"],
    prose: ["Die Abbildung zeigt, wie die Schneehöhe im Januar stieg.", "Figures from the port show a rise of 4 per cent."],
  },
  {
    name: "button labels and links back",
    pattern: BUTTON_LINE,
    furniture: ["zurück", "« Back to the overview", "Load more", "Lade weitere Inhalte ...", "Mehr anzeigen", "Voir plus"],
    prose: ["Back in 1961, the bakery had a single oven.", "Load more containers, the operator said, and the crane fails."],
  },
];

describe("saved-page furniture lines", () => {
  for (const { name, pattern, furniture, prose } of cases) {
    it(`${name}: match the furniture`, () => {
      for (const line of furniture) expect(pattern.test(line), line).toBe(true);
    });
    it(`${name}: leave sentences of articles alone`, () => {
      for (const line of prose) expect(pattern.test(line), line).toBe(false);
    });
  }
});

/**
 * Stop words of the article's own language (src/group/tokenize.ts): a text full of another language's function
 * words is read without them, so two reports in Spanish do not meet on "de", "la" and "que"; English, and English
 * quoting a foreign name, stays English.
 */
import { describe, expect, it } from "vitest";
import { groupArticles } from "../../src/group/group-articles.ts";
import { textLanguage, tokenize } from "../../src/group/tokenize.ts";
import { makeArticle } from "./dataset-loader.ts";

const SPANISH =
  "El presidente del tribunal confirmó que la sentencia se ejecutará en los próximos días, según informó la fiscalía, que además pidió que se investigue a los demás implicados en la causa por lavado de dinero.";
const SPANISH_OTHER =
  "La policía anunció que reforzará la presencia de los agentes en el barrio durante el fin de semana, después de que los vecinos denunciaran una serie de robos de vehículos en la zona por la noche.";
const GERMAN =
  "Die Bundesregierung hat am Mittwoch beschlossen, dass die Förderung für die Wärmepumpen im kommenden Jahr nicht gekürzt wird, wie ein Sprecher des Ministeriums in Berlin mitteilte, und dass die Anträge weiter gestellt werden können.";
const ENGLISH =
  "The orchestra of La Scala will tour Asia next year, the company said on Monday, after a report in Der Spiegel that the tour had been cancelled because of the costs of the new production.";

describe("stop words of the article's language", () => {
  it("tells Spanish and German text from English, and keeps English with foreign names English", () => {
    expect(textLanguage(SPANISH)).toBe("es");
    expect(textLanguage(GERMAN)).toBe("de");
    expect(textLanguage(ENGLISH)).toBe("en");
    // A headline alone is too short to tell: it is read as English.
    expect(textLanguage("La policía refuerza la vigilancia en el barrio")).toBe("en");
  });

  it("leaves the language's function words out of the terms", () => {
    const read = tokenize(SPANISH, "es");
    for (const word of ["de", "la", "que", "los", "en", "se", "por"]) expect(read).not.toContain(word);
    expect(read).toContain("sentencia");
    expect(tokenize(SPANISH)).toContain("que");
  });

  it("does not join two Spanish reports of different events on their function words", () => {
    const day = "2022-05-05T20:00:00Z";
    const articles = [
      makeArticle({ id: "es-court", title: "El tribunal confirma la ejecución de la condena", text: SPANISH, publisher: "Diario Uno", url: null, date: day }),
      makeArticle({ id: "es-police", title: "La policía refuerza la presencia en el barrio", text: SPANISH_OTHER, publisher: "Diario Dos", url: null, date: day }),
    ];
    expect(groupArticles(articles).map((story) => story.articleIds)).toEqual([["es-court"], ["es-police"]]);
  });
});

import { fold } from '../lib/fold.js';
import type { Language } from '../lib/language.js';
import { scriptOf } from './languageTerms.js';
import { tokenize } from './tokenize.js';
import { WORD_TABLES } from './wordTables.js';

/**
 * Words that carry no meaning for kzt's search, per language, written as people write them; they are folded and
 * stemmed as queries are by `npm run tables` (a test holds each to one word). Question words are here too, so
 * whole questions search by their content words, and the words that go with a year ("году", "yılında", "жылы"),
 * and the word for a city: a question asks which one ("в каком городе", "hangi şehirde", "қай қалада"), and the
 * fact that answers names it; and "inside" or "within" ("içinde", "в рамках", "аясында"), which say where, not
 * what. One-letter words need no entry: the tokenizer drops them.
 */
export const STOPWORDS: Record<Language, string> = {
  en: `an the and or of to in on at by for from with about as into onto over under than then that this these those
    is are was were be been being am do does did done has have had having will would shall should can could
    may might
    must it its they them their there here he she his her him we our you your me my what which who whom whose
    when where why how whether if not no nor so such very also just only any all each every both some more
    most other
    ever yet still again once up down out off please know make made between without many much long
    tell show give find list fact two country happen happened start started begin began
    true false really actually correct existed held city cities far inside within among`,
  tr: `ve ile bir bu şu da de mi mu mı mü ne nedir neden nasıl hangi hangisi kim kimdi zaman için gibi
    ama veya ya hem en çok daha olan oldu olarak ise ki diye nerede nereye kaç kaçıncı hakkında arasında
    arasındaki
    yılı yılında yılda yıldan tarihinde tarihte önce sonra kadar göre beri niçin niye acaba mıdır midir mudur
    müdür
    mıydı miydi muydu müydü kimdir kimler hangileri neydi bunu buna bunun bundan onu ona onun ondan onlar
    onların bunlar her tüm bütün gerçekten iki ülke ülkenin ülkeler ülkeleri ülkesi şimdiye
    neyi neye neleri nereden kimin kime kimi kimden kimle kimlerle kimlere gerek lazım etti ettiği eden etmek
    etmiş etmiştir edildi
    edilen ediyor eder ederek neler nelerdir kez kere defa toplam toplamda toplamı
    yapıldı gerçekleşti gerçekleştirildi gerçekleştirdi düzenlendi
    şehir şehirde şehre şehirlere şehirlerde şehirden şehrinde şehirdeki içinde çerçevesinde
    hiç henüz hâlâ kendi kendisi kendine birkaç bazı fazla
    neyle nelerle neyin bugün bugüne kadarlık`,
  ru: `во на со ко по от до из за об при про что как когда где кто или но не да это был была было были
    какой какая какое какие каком какую каких каким какими какого какому чем его её их он она они мы вы
    между для также ли же бы
    год года году годах годам после через перед над под без чтобы если уже ещё еще только тоже там тут здесь
    почему
    зачем сколько который которая которое которые которого которой которых кем кого чего чему чей чья чьи
    правда верно действительно свой свою своего своей своих этот эта эти этого этой этих тот та те того той
    тех все всё всех весь вся ему ей им ими него неё нее них сам самый два две двух страна стран страны
    странами страной странах
    сих пор может могут мог могла могли можно нужно нужен нужна нужны должен должна должно должны кому оно
    будучи является являются являлся являлась являлось являлись несколько больше согласно кроме
    насколько станет стал стала стало становится раз всего
    прошёл прошел прошла прошло прошли состоялся состоялась состоялось состоялись
    город городе города городах городам внутри рамках`,
  kk: `және мен пен бен бұл сол ол не кім қашан қай қайда қандай неше нешінші үшін туралы да де та те ма ме
    ба бе па пе ғой арасындағы жыл жылы жылғы жылдан жылдың жылға жылда жылына жылдары неге қалай кімдер қайсы
    қайсысы кейін бұрын дейін шейін бері осы
    мына оның олар олардың оған онда оны барлық әрбір рас шынымен екі ел елдің елдер елдердің елдері елдерінің
    елдеріне
    қашаннан қайдан кімнің кімге кімді кіммен кімнен кімдермен кімдерге нені неден нелер нелерді керек мүмкін
    қаншалықты еді екен барлығы рет
    өтті өткізілді қала қалада қалаға қалалар қалаларда қалаларында қаладан қаласында
    жүзеге асырды асырылды асырған асырылған асыру асырады ішінде аясында шеңберінде
    әлі өз өзі өзінің бірнеше кейбір көбірек
    ету етуі етуді етуге етті етеді етіп еткен етпек етілді етілген`,
};

let folded: { latin: ReadonlySet<string>; cyrillic: ReadonlySet<string> } | undefined;

/**
 * Whether a query word (lower-case, as typed) is a stopword in any of kzt's languages: its folded form is one
 * of the folded stopwords written in its script, or its English stem is one of the English ones ("happened" as
 * "happen"). Folding alone would make the English "elder" the Kazakh "елдер" (countries). The lists are folded
 * and stemmed when kzt is built (WORD_TABLES), not at each start.
 */
export function isStopword(word: string): boolean {
  folded ??= {
    latin: new Set(WORD_TABLES.stopwords.folded.latin),
    cyrillic: new Set(WORD_TABLES.stopwords.folded.cyrillic),
  };
  const f = fold(word);
  const script = scriptOf(word);
  const listed = script ? folded[script].has(f) : folded.latin.has(f) || folded.cyrillic.has(f);
  return listed || stopwordTermsOf('en').has(tokenize(word)[0] ?? '');
}

let stemmed: ReadonlySet<string> | undefined;

/** Every stopword as an index term (folded, English-stemmed): words that are never worth a typo match. */
export function stopwords(): ReadonlySet<string> {
  stemmed ??= new Set(Object.values(WORD_TABLES.stopwords.byLanguage).flat());
  return stemmed;
}

const ofLanguage = new Map<Language, ReadonlySet<string>>();

/** The stopwords of one language as index terms: a reading of a query word in that language that is one is none. */
export function stopwordTermsOf(lang: Language): ReadonlySet<string> {
  let set = ofLanguage.get(lang);
  if (!set) ofLanguage.set(lang, (set = new Set(WORD_TABLES.stopwords.byLanguage[lang])));
  return set;
}

/** The stopword entries as written, for the test that each folds to one word. */
export const STOPWORD_ENTRIES: readonly string[] = Object.values(STOPWORDS).flatMap((list) =>
  list.split(/\s+/).filter(Boolean),
);

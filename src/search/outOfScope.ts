import { fold } from '../lib/fold.js';
import { WORD_TABLES } from './wordTables.js';

/**
 * Words that ask what a reference on relations between two states does not hold, in each of kzt's languages and the
 * forms a question asks with: fares and prices, hotels and restaurants, baggage, dormitories, tuition and salaries,
 * the weather ("How much is a ticket from Almaty to Istanbul?", "Ыстамбұлда қазақ асханасы бар ма?", "погода в
 * Анталье"), a country's own population, inflation and GDP, parcels, the papers a diploma needs abroad
 * (apostille, nostrification), property, water parks, customs clearance, tips and holiday vouchers. Such a question names places and airlines the facts hold, and found their facts.
 * Words with another sense in the domain are left out: Kazakh "баға" (price) is also an assessment ("қалай баға
 * берді"), Turkish "hava" (weather) is also the air of "hava yolları", and "cost" is what TİKA covered.
 */
export const OUT_OF_SCOPE_WORDS = `ticket tickets fare fares price prices hotel hotels restaurant restaurants
  cafe cafes weather baggage luggage dormitory dormitories tuition salary salaries
  bilet bileti biletleri biletler fiyat fiyatı fiyatları fiyatlar ücret ücreti ücretleri otel oteli otelde oteller
  restoran restoranı restoranlar restoranlarda lokanta bagaj bagajı harç harcı maaş maaşı
  билет билета билеты билетов билетом цена цены цену ценой цен отель отеля отели отелей гостиница гостиницы
  гостиницу ресторан ресторана рестораны ресторане ресторанов погода погоды погоду багаж багажа багажом
  общежитие общежития общежитии зарплата зарплаты зарплату
  билет билеті билетін билеттің билеттер қонақүй қонақүйі қонақүйде мейрамхана мейрамханасы мейрамханалар асхана
  асханасы асханалар жатақхана жатақханасы жатақханаға жатақхананы райы багаж багажы жалақы жалақысы
  population inflation gdp parcel parcels apostille
  nüfus nüfusu nüfusunu enflasyon enflasyonu gsyih gsyh kargo apostil
  население населения инфляция инфляции инфляцию ввп посылка посылку посылки апостиль апостилировать
  нострификация нострификации нострификацию
  инфляциясы жіө сәлемдеме сәлемдемені
  недвижимость недвижимости аквапарк аквапарки аквапарков растаможка растаможки растаможку
  bahşiş bahşişi жолдама жолдаманы жолдамасы`;

let folded: ReadonlySet<string> | undefined;

/**
 * Whether a query word (lower-case, as typed) asks for something outside kzt's scope (OUT_OF_SCOPE_WORDS, folded
 * when kzt is built: WORD_TABLES).
 */
export function isOutOfScope(word: string): boolean {
  folded ??= new Set(WORD_TABLES.outOfScope);
  return folded.has(fold(word));
}

// Units the newsroom writes, mapped to a canonical unit and a factor into that unit's base
// dimension, so "1,300 kilometres" and "808 miles" compare as distances.

export interface UnitInfo {
  /** Canonical unit name shown to users: "km", "mile", "kg", "hour", "USD". */
  readonly unit: string;
  /** Dimension: values only compare within one. */
  readonly dimension: 'length' | 'mass' | 'time' | 'area' | 'volume' | 'speed' | 'currency' | 'energy' | 'temperature' | 'magnitude' | 'under-par' | 'over-par' | 'frame-rate';
  /** Multiplier into the dimension's base (metre, kilogram, second, m², litre, km/h, °C). */
  readonly factor: number;
  /** Added after the multiplier: only temperatures need it (°F -> °C). */
  readonly offset?: number;
}

const U = (unit: string, dimension: UnitInfo['dimension'], factor: number): UnitInfo => ({ unit, dimension, factor });

const KM = U('km', 'length', 1000);
/** Earthquake magnitude: a scale of its own, compared only with other magnitudes. */
export const MAGNITUDE = U('magnitude', 'magnitude', 1);
/** A golf score told against par ("six under par", "three over"): never a count of strokes. */
export const UNDER_PAR = U('under par', 'under-par', 1);
export const OVER_PAR = U('over par', 'over-par', 1);
const MILE = U('mile', 'length', 1609.344);
const METRE = U('m', 'length', 1);
const FOOT = U('ft', 'length', 0.3048);
const CM = U('cm', 'length', 0.01);
const MM = U('mm', 'length', 0.001);
const INCH = U('in', 'length', 0.0254);
const YARD = U('yd', 'length', 0.9144);
const KG = U('kg', 'mass', 1);
const TONNE = U('tonne', 'mass', 1000);
const LB = U('lb', 'mass', 0.45359237);
const GRAM = U('g', 'mass', 0.001);
const STONE = U('st', 'mass', 6.35029318);
const SECOND = U('second', 'time', 1);
const MINUTE = U('minute', 'time', 60);
const HOUR = U('hour', 'time', 3600);
const DAY = U('day', 'time', 86400);
const WEEK = U('week', 'time', 604800);
const MONTH = U('month', 'time', 2629800);
const YEAR = U('year', 'time', 31557600);
const DECADE = U('decade', 'time', 315576000);
const CENTURY = U('century', 'time', 3155760000);
const SQKM = U('km²', 'area', 1e6);
const SQMI = U('sq mile', 'area', 2589988.11);
const HECTARE = U('hectare', 'area', 1e4);
const ACRE = U('acre', 'area', 4046.8564224);
const LITRE = U('litre', 'volume', 1);
const MILLILITRE = U('ml', 'volume', 0.001);
const GALLON = U('gallon', 'volume', 3.785411784);
const BARREL = U('barrel', 'volume', 158.987294928);
const KMH = U('km/h', 'speed', 1);
const MPH = U('mph', 'speed', 1.609344);
const MW = U('MW', 'energy', 1e6);
const GW = U('GW', 'energy', 1e9);
const KW = U('kW', 'energy', 1e3);
const CELSIUS = U('°C', 'temperature', 1);
/** A video's frame rate: "60fps", "60 frames per second". */
const FPS = U('fps', 'frame-rate', 1);
const FAHRENHEIT: UnitInfo = { unit: '°F', dimension: 'temperature', factor: 5 / 9, offset: -32 * 5 / 9 };

/** Unit words written after a number (lower-case). Multi-word units (up to three words) are keyed with a space. */
export const UNIT_WORDS: ReadonlyMap<string, UnitInfo> = new Map<string, UnitInfo>([
  ['km', KM], ['kms', KM], ['kilometre', KM], ['kilometres', KM], ['kilometer', KM], ['kilometers', KM],
  ['mile', MILE], ['miles', MILE], ['mi', MILE],
  ['m', METRE], ['metre', METRE], ['metres', METRE], ['meter', METRE], ['meters', METRE],
  ['ft', FOOT], ['foot', FOOT], ['feet', FOOT], ['cm', CM], ['centimetres', CM], ['centimeters', CM],
  ['mm', MM], ['millimetres', MM], ['millimeters', MM], ['inch', INCH], ['inches', INCH],
  ['yard', YARD], ['yards', YARD],
  ['kg', KG], ['kgs', KG], ['kilogram', KG], ['kilograms', KG], ['kilo', KG], ['kilos', KG],
  ['tonne', TONNE], ['tonnes', TONNE], ['ton', TONNE], ['tons', TONNE], ['t', TONNE],
  ['lb', LB], ['lbs', LB], ['pounds in weight', LB], ['st', STONE], ['stone', STONE], ['stones', STONE], ['g', GRAM], ['grams', GRAM], ['gram', GRAM],
  ['second', SECOND], ['seconds', SECOND], ['secs', SECOND], ['sec', SECOND], ['minute', MINUTE], ['minutes', MINUTE],
  ['mins', MINUTE], ['min', MINUTE], ['hour', HOUR], ['hours', HOUR], ['hrs', HOUR], ['hr', HOUR],
  ['day', DAY], ['days', DAY], ['week', WEEK], ['weeks', WEEK], ['month', MONTH], ['months', MONTH],
  ['year', YEAR], ['years', YEAR], ['yr', YEAR], ['yrs', YEAR], ['decade', DECADE], ['decades', DECADE],
  ['century', CENTURY], ['centuries', CENTURY],
  ['sq km', SQKM], ['square km', SQKM], ['square kilometres', SQKM], ['square kilometers', SQKM], ['km2', SQKM], ['km²', SQKM],
  ['sq miles', SQMI], ['square miles', SQMI], ['square mile', SQMI], ['sq mi', SQMI], ['hectares', HECTARE], ['hectare', HECTARE], ['ha', HECTARE],
  ['acres', ACRE], ['acre', ACRE],
  ['litres', LITRE], ['liters', LITRE], ['litre', LITRE], ['liter', LITRE], ['l', LITRE],
  ['ml', MILLILITRE], ['millilitres', MILLILITRE], ['milliliters', MILLILITRE], ['millilitre', MILLILITRE], ['milliliter', MILLILITRE],
  ['gallons', GALLON], ['gallon', GALLON], ['barrels', BARREL], ['barrel', BARREL],
  ['km/h', KMH], ['kph', KMH], ['kmh', KMH], ['kmph', KMH], ['mph', MPH],
  ['miles per hour', MPH], ['mile per hour', MPH], ['kilometres per hour', KMH], ['kilometers per hour', KMH],
  ['fps', FPS], ['frames per second', FPS],
  ['mw', MW], ['mwe', MW], ['megawatts', MW], ['megawatt', MW], ['gw', GW], ['gigawatts', GW], ['gigawatt', GW], ['kw', KW], ['kilowatts', KW], ['kilowatt', KW],
  ['°c', CELSIUS], ['c', CELSIUS], ['celsius', CELSIUS], ['°f', FAHRENHEIT], ['f', FAHRENHEIT], ['fahrenheit', FAHRENHEIT],
]);

/** Currency symbols written before a number. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'],
  ['₴', 'UAH'], ['a$', 'AUD'], ['c$', 'CAD'], ['hk$', 'HKD'], ['nz$', 'NZD'], ['s$', 'SGD'], ['r$', 'BRL'], ['₩', 'KRW'], ['chf', 'CHF'],
  ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['jpy', 'JPY'], ['rmb', 'CNY'], ['cny', 'CNY'],
  // "â‚¬86bn": a euro sign read in the wrong encoding ends in "¬", which copy never uses for
  // anything else ("Â£" already ends in the pound sign itself).
  ['¬', 'EUR'],
]);

/** Currency words written after a number. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'],
  ['pounds', 'GBP'], ['sterling', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'],
  ['rupees', 'INR'], ['rupee', 'INR'], ['roubles', 'RUB'], ['rubles', 'RUB'], ['hryvnias', 'UAH'],
  ['reais', 'BRL'], ['pesos', 'MXN'], ['francs', 'CHF'], ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'],
]);

/** Converts a value between two units of one dimension; null when they do not compare. */
export function convertUnit(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const a = findUnit(from);
  const b = findUnit(to);
  if (!a || !b || a.dimension !== b.dimension || a.dimension === 'currency') return null;
  return (value * a.factor + (a.offset ?? 0) - (b.offset ?? 0)) / b.factor;
}

const BY_CANONICAL = new Map<string, UnitInfo>();
for (const info of UNIT_WORDS.values()) BY_CANONICAL.set(info.unit, info);

export function findUnit(unit: string): UnitInfo | undefined {
  return BY_CANONICAL.get(unit) ?? UNIT_WORDS.get(unit.toLowerCase());
}

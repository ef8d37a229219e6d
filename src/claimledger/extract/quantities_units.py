"""Unit, currency, hedge and rate vocabularies for the quantity extractor, with canonical names.

Canonical units are singular and short ("km", "hour", "usd"), as the contract asks; the tables map every surface
form we accept (lower case) to ``(canonical unit, kind)``.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimledger.models import Approx, QuantityKind

UnitInfo = tuple[str, QuantityKind]


def _forms(canonical: str, kind: QuantityKind, *surfaces: str) -> dict[str, UnitInfo]:
    return dict.fromkeys(surfaces, (canonical, kind))


DURATIONS: dict[str, UnitInfo] = {
    **_forms("second", "duration", "second", "seconds", "sec", "secs"),
    **_forms("minute", "duration", "minute", "minutes", "min", "mins"),
    **_forms("hour", "duration", "hour", "hours", "hr", "hrs", "h"),
    **_forms("day", "duration", "day", "days"),
    **_forms("night", "duration", "night", "nights"),
    **_forms("week", "duration", "week", "weeks"),
    **_forms("month", "duration", "month", "months"),
    **_forms("year", "duration", "year", "years", "yr", "yrs"),
    **_forms("decade", "duration", "decade", "decades"),
    **_forms("century", "duration", "century", "centuries"),
}

MEASURES: dict[str, UnitInfo] = {
    **_forms("km", "measure", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"),
    **_forms("m", "measure", "m", "metre", "metres", "meter", "meters"),
    **_forms("cm", "measure", "cm", "centimetre", "centimetres", "centimeter", "centimeters"),
    **_forms("mm", "measure", "mm", "millimetre", "millimetres", "millimeter", "millimeters"),
    **_forms("dm", "measure", "dm", "decimetre", "decimetres", "decimeter", "decimeters"),
    **_forms("pm", "measure", "picometre", "picometres", "picometer", "picometers"),
    **_forms("mile", "measure", "mile", "miles", "mi"),
    **_forms("nautical_mile", "measure", "nautical mile", "nautical miles", "nmi"),
    **_forms("foot", "measure", "foot", "feet", "ft"),
    **_forms("inch", "measure", "inch", "inches", '"'),
    **_forms("yard", "measure", "yard", "yards", "yd", "yds"),
    **_forms(
        "km2",
        "measure",
        "km2",
        "km²",
        "sq km",
        "sq. km",
        "square kilometre",
        "square kilometres",
        "square kilometer",
        "square kilometers",
        "square km",
    ),
    **_forms(
        "m2", "measure", "m2", "m²", "sq m", "square metre", "square metres", "square meter", "square meters"
    ),
    **_forms("mile2", "measure", "sq mi", "square mile", "square miles", "sq miles"),
    **_forms("foot2", "measure", "sq ft", "square foot", "square feet"),
    **_forms("hectare", "measure", "hectare", "hectares", "ha"),
    **_forms("acre", "measure", "acre", "acres"),
    **_forms(
        "kg", "measure", "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"
    ),
    **_forms("g", "measure", "g", "gram", "grams", "gramme", "grammes"),
    **_forms("mg", "measure", "mg", "milligram", "milligrams"),
    **_forms(
        "microgram", "measure", "μg", "µg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes"
    ),
    **_forms("tonne", "measure", "tonne", "tonnes", "ton", "tons", "t", "metric ton", "metric tons"),
    **_forms("pound", "measure", "lb", "lbs", "pound", "pounds"),
    **_forms("ounce", "measure", "ounce", "ounces", "oz"),
    **_forms("litre", "measure", "litre", "litres", "liter", "liters", "l"),
    **_forms("ml", "measure", "ml", "millilitre", "millilitres", "milliliter", "milliliters"),
    **_forms("gallon", "measure", "gallon", "gallons"),
    **_forms("barrel", "measure", "barrel", "barrels", "bbl"),
    **_forms("m3", "measure", "cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3", "m³"),
    **_forms("foot3", "measure", "cubic foot", "cubic feet", "cu ft"),
    **_forms(
        "km_per_hour",
        "measure",
        "km/h",
        "kph",
        "kmph",
        "km/hr",
        "kmh",
        "kilometres per hour",
        "kilometers per hour",
        "kilometres an hour",
        "kilometers an hour",
    ),
    **_forms("mile_per_hour", "measure", "mph", "m.p.h.", "m.p.h", "miles per hour", "miles an hour"),
    **_forms("knot", "measure", "knot", "knots"),
    **_forms("kw", "measure", "kw", "kilowatt", "kilowatts"),
    **_forms("mw", "measure", "mw", "megawatt", "megawatts"),
    **_forms("gw", "measure", "gw", "gigawatt", "gigawatts"),
    **_forms("kwh", "measure", "kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hours"),
    **_forms("mwh", "measure", "mwh", "megawatt-hour", "megawatt-hours", "megawatt hours"),
    **_forms("gwh", "measure", "gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hours"),
    **_forms("volt", "measure", "volt", "volts", "kv"),
    **_forms("psi", "measure", "psi"),
    **_forms("ksi", "measure", "ksi"),
    **_forms("pascal", "measure", "pascal", "pascals"),
    **_forms("kpa", "measure", "kpa", "kilopascal", "kilopascals"),
    **_forms("mpa", "measure", "mpa", "megapascal", "megapascals"),
    **_forms("gpa", "measure", "gpa", "gigapascal", "gigapascals"),
    **_forms("hpa", "measure", "hpa", "hectopascal", "hectopascals"),
    **_forms("mb", "measure", "mb", "megabyte", "megabytes"),
    **_forms("gb", "measure", "gb", "gigabyte", "gigabytes"),
    **_forms("bit", "measure", "bit", "bits"),
    **_forms("degree", "measure", "degree", "degrees", "°", "°c", "°f"),
    **_forms("celsius", "measure", "degrees celsius", "degrees centigrade", "c", "celsius", "centigrade"),
    **_forms("ppb", "measure", "ppb"),
    **_forms("ppm", "measure", "ppm"),
    **_forms("mah", "measure", "mah"),
    **_forms("hz", "measure", "hz", "khz", "mhz", "ghz"),
    **_forms("calorie", "measure", "calories", "kcal"),
    **_forms("tablespoon", "measure", "tablespoon", "tablespoons", "tbsp"),
    **_forms("teaspoon", "measure", "teaspoon", "teaspoons", "tsp"),
    **_forms("cup", "measure", "cup", "cups"),
    **_forms("dram", "measure", "dram", "drams", "drachma", "drachmas"),
    **_forms("radian", "measure", "rad", "radian", "radians"),
    **_forms("watt", "measure", "w", "watt", "watts"),
    **_forms("hp", "measure", "hp", "bhp", "horsepower", "ps"),
    **_forms("mbps", "measure", "mbps", "gbps", "kbps"),
    **_forms("degree", "measure", "deg", "degf", "degc", "deg c", "deg f", "°f", "fahrenheit"),
    **_forms("pence", "money", "p", "pence"),
    **_forms("point", "measure", "basis points", "basis point", "bps"),
    **_forms("newton_metre", "measure", "nm", "newton-metre", "newton-metres", "newton metres", "lb-ft"),
    **_forms("mile_per_gallon", "measure", "mpg", "miles per gallon"),
}

PERCENTS: dict[str, UnitInfo] = {
    **_forms("percent", "percent", "%", "percent", "per cent", "percents", "percentage", "pct", "pc"),
    **_forms("percentage_point", "percent", "percentage point", "percentage points", "points", "pp"),
}

CURRENCY_WORDS: dict[str, str] = {
    "dollar": "usd", "dollars": "usd", "usd": "usd", "us dollars": "usd", "euro": "eur", "euros": "eur",
    "eur": "eur", "hryvnia": "uah", "hryvnias": "uah", "hryvnas": "uah", "hryvnya": "uah", "uah": "uah",
    "rouble": "rub", "roubles": "rub", "ruble": "rub", "rubles": "rub", "rub": "rub", "sterling": "gbp",
    "pounds sterling": "gbp", "gbp": "gbp", "yen": "jpy", "jpy": "jpy", "yuan": "cny", "cny": "cny",
    "renminbi": "cny", "rupees": "inr", "rupee": "inr", "sek": "sek", "krona": "sek", "kronor": "sek",
    "shekel": "ils", "shekels": "ils", "zloty": "pln", "zlotys": "pln", "zlotych": "pln", "złoty": "pln",
    "złotys": "pln", "złotych": "pln", "zł": "pln", "polish zlotys": "pln", "swiss francs": "chf",
    "swiss franc": "chf", "norwegian kroner": "nok", "norwegian krone": "nok", "danish kroner": "dkk",
    "danish krone": "dkk", "swedish kronor": "sek", "swedish krona": "sek", "koruna": "czk", "korunas": "czk",
    "czech crowns": "czk", "czech korunas": "czk", "forint": "huf", "forints": "huf", "lira": "try",
    "liras": "try", "turkish lira": "try", "turkish liras": "try", "romanian lei": "ron", "moldovan lei": "mdl",
    "canadian dollars": "cad", "canadian dollar": "cad", "australian dollars": "aud", "australian dollar": "aud",
    "new zealand dollars": "nzd", "new zealand dollar": "nzd", "hong kong dollars": "hkd",
    "singapore dollars": "sgd", "u.s. dollars": "usd", "u.s. dollar": "usd", "us dollar": "usd",
    "american dollars": "usd", "belarusian rubles": "byn", "belarusian roubles": "byn", "belarusian ruble": "byn",
    "tenge": "kzt", "lari": "gel", "south korean won": "krw", "korean won": "krw", "rials": "irr",
    "iranian rials": "irr", "riyals": "sar", "saudi riyals": "sar", "dirhams": "aed",
}  # fmt: skip
# A bare "$" or "dollars" is the US dollar unless the text says which (quantities_dollars.resolve_dollars).
BARE_DOLLARS = frozenset(["$", "dollar", "dollars"])
# ISO 4217 codes written before the number ("PLN 6.5 billion", "NOK 2bn"), matched in upper case only: "try 5
# times" is not Turkish lira. The canonical unit is the code in lower case, as the contract's "usd".
CURRENCY_CODES = frozenset([
    "USD", "EUR", "GBP", "UAH", "RUB", "PLN", "CHF", "JPY", "CNY", "RMB", "AUD", "CAD", "NZD", "NOK", "SEK", "DKK",
    "CZK", "HUF", "RON", "MDL", "BGN", "TRY", "BYN", "KZT", "GEL", "ILS", "INR", "KRW", "SGD", "HKD", "IRR",
])  # fmt: skip

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "usd", "us$": "usd", "us $": "usd", "usd": "usd", "€": "eur", "eur": "eur",
    "£": "gbp", "gbp": "gbp", "₴": "uah", "uah": "uah", "₽": "rub", "rub": "rub", "¥": "jpy",
    "c$": "cad", "nz$": "nzd", "rmb": "cny", "s$": "sgd", "s $": "sgd", "sgd": "sgd", "aud": "aud", "inr": "inr", "cad": "cad", "chf": "chf", "$us": "usd", "$a": "aud", "hk$": "hkd", "hk $": "hkd", "hk": "hkd", "rm": "myr", "ps": "gbp", "a$": "aud", "au$": "aud", "au $": "aud", "nz $": "nzd", "₹": "inr", "rs": "inr", "rs.": "inr",
}  # fmt: skip

HEDGES: dict[str, Approx] = {
    "approximately": "about", "approx.": "about", "about": "about", "around": "about", "some": "about",
    "roughly": "about", "estimated": "about", "an estimated": "about", "nearly": "about", "almost": "about",
    "close to": "about", "circa": "about", "ca.": "about", "~": "about", "an approximate": "about",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "not less than": "at_least",
    "conservatively estimated": "at_least", "conservatively estimated at": "at_least",
    "a conservatively estimated": "at_least", "a minimum of": "at_least", "at minimum": "at_least",
    "≥": "at_least", ">=": "at_least", "> =": "at_least", "equal to or more than": "at_least", "greater than or equal to": "at_least",
    "more than or equal to": "at_least", "equal to or greater than": "at_least",
    "at least or equal to": "at_least", "bigger or equal than": "at_least", "higher or equal than": "at_least",
    "more than": "more_than", "over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "above": "more_than", "exceeding": "more_than", "exceed": "more_than", "surpass": "more_than",
    "greater than": "more_than", "larger than": "more_than", "higher than": "more_than", "over than": "more_than",
    "well over": "more_than", "just over": "more_than", ">": "more_than", "more then": "more_than",
    "up to": "at_most", "as many as": "at_most", "as much as": "at_most", "no more than": "at_most",
    "not more than": "at_most", "at most": "at_most", "a maximum of": "at_most", "≤": "at_most", "<=": "at_most",
    "< =": "at_most", "less than or equal to": "at_most", "smaller or equal than": "at_most",
    "equal to or less than": "at_most", "lower or equal than": "at_most",
    "younger than": "less_than", "older than": "more_than", "under the age of": "less_than",
    "below the age of": "less_than", "over the age of": "more_than", "above the age of": "more_than", "fewer than": "less_than", "less than": "less_than", "under": "less_than", "below": "less_than",
    "just under": "less_than", "lower than": "less_than", "smaller than": "less_than", "<": "less_than",
}  # fmt: skip

RATES: dict[str, str] = {
    "a day": "day", "per day": "day", "each day": "day", "every day": "day", "daily": "day", "a night": "day",
    "per night": "day", "every night": "day", "each night": "day", "overnight": "day", "per 24 hours": "day",
    "a week": "week", "per week": "week", "each week": "week", "every week": "week", "weekly": "week",
    "a month": "month", "per month": "month", "each month": "month", "every month": "month", "monthly": "month",
    "a year": "year", "per year": "year", "each year": "year", "every year": "year", "annually": "year",
    "a year.": "year", "per annum": "year", "annual": "year", "yearly": "year", "an hour": "hour", "per hour": "hour",
    "every hour": "hour", "each hour": "hour", "hourly": "hour", "a minute": "minute", "per minute": "minute",
}  # fmt: skip


# "$5/month", "300/day": a slash and a period after a number is a rate.
RATE_SLASHES: dict[str, str] = {
    "day": "day", "week": "week", "wk": "week", "month": "month", "mo": "month", "year": "year", "yr": "year",
    "hour": "hour", "hr": "hour",
}  # fmt: skip
RATES.update({f"/{slash}": period for slash, period in RATE_SLASHES.items()})


def currency_signs() -> str:
    """A regex for a currency sign or code before a number: signs in any case, ISO codes in upper case only."""
    codes = alternation(CURRENCY_CODES)
    return rf"(?:{alternation(CURRENCY_SYMBOLS)}|(?-i:{codes}))"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first so that "per cent" wins over "per".

    >>> alternation(["km", "kilometre", "k"])
    'kilometre|km|k'
    """
    import re

    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w))
    )

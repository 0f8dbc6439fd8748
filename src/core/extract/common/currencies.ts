// Currency names that several countries share. A parser that reads one of these bare names
// ("دينار", "dirhams", "ليرة") gives the family as `~name`; ResolveCurrencies then picks the
// country's code from the places the text names, or the family's default (listed first). The
// platform adds every other currency whose name has the same head (platformCurrencies.ts).

export const CURRENCY_FAMILIES: Record<string, string[]> = {
  '~dinar': ['DZD', 'LYD', 'TND', 'JOD', 'KWD', 'IQD', 'BHD'],
  '~dirham': ['AED', 'MAD'],
  '~lira': ['TRY', 'LBP', 'SYP'],
  '~pound': ['EGP', 'SDG', 'GBP', 'SSP'],
  '~riyal': ['SAR', 'QAR', 'OMR', 'YER', 'IRR'],
  '~franc': ['XOF', 'XAF', 'CHF', 'GNF'],
  // "pounds", "livres" in Latin script: sterling, unless the text is about a country with its own pound.
  '~livre': ['GBP', 'LBP', 'EGP', 'SDG', 'SYP', 'SSP'],
  // The real is Brazil's alone today; "reais", its Portuguese plural, is how reports write it.
  '~real': ['BRL'],
}

/** True for a family marker such as "~dinar". */
export const isFamily = (unit: string | null): boolean => !!unit && unit.startsWith('~')

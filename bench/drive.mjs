// What the benchmark does in the Claims view: the facet checkboxes it clicks and the queries it
// types (a character at a time).

/** One value of four facets. */
export const FACETS = [
  '.facet[data-facet="side"] [data-value="nato"] input',
  '.facet[data-facet="kind"] [data-value="warning"] input',
  '.facet[data-facet="attribution"] [data-value="direct"] input',
  '.facet[data-facet="question"] .facet-value:nth-of-type(2) input',
];

/** One word, two words, three words and a quoted phrase. */
export const QUERIES = {
  'one word': 'missiles',
  'two words': 'arms race',
  'three words': 'nuclear arms treaty',
  phrase: '"intermediate-range nuclear"',
};

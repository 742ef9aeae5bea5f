// Mots-indices du français : disent la langue d'une courte partie d'un texte mêlé (un titre français parmi des titres
// anglais). Mots grammaticaux fréquents et quelques mots fréquents de l'actualité, en minuscules. Les mots aussi
// courants dans une autre langue ("a", "on", "son", "plus", "sept", "police", "village") sont laissés de côté ; un mot
// que deux langues listent ne compte pour aucune.
export const functionWords: readonly string[] = [
  'le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'dans', 'sur', 'par', 'pour', 'avec', 'au', 'aux', 'à',
  'est', 'sont', 'été', 'ont', 'était', 'étaient', 'sera', 'qui', 'que', 'qu', 'selon', 'après', 'avant', 'lors',
  'ces', 'cette', 'cet', 'ce', 'leur', 'leurs', 'se', 'ne', 'pas', 'il', 'ils', 'elle', 'elles', 'nous', 'entre',
  'contre', 'chez', 'sans', 'sous', 'depuis', 'deux', 'trois', 'quatre', 'cinq', 'huit', 'neuf', 'dix', 'mais', 'ou',
  'où', 'dont', 'aussi', 'sa', 'ses', 'l', 'd', 'y', 'en', 'moins', 'près', 'morts', 'tués', 'tué', 'blessés',
  'attaque', 'affrontements', 'ville', 'armée', 'rebelles', 'civils', 'personnes', 'soldats', 'casques', 'bleus',
  'guerre', 'droits', 'homme', 'blessé', 'blessée', 'mort', 'tuée', 'tuées', 'enlevés', 'président', 'ministre', 'paix',
  'accord', 'pourparlers', 'nord', 'sud', 'ouest', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi',
  'dimanche', 'aucun', 'aucune', 'tous', 'toutes', 'vers', 'fait', 'font',
];

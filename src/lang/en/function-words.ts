// English cue words: tell the language of a short part of a mixed text (an English headline among French ones, a
// quoted statement). Frequent grammatical words and a few frequent news words, lower case. Words that are also common
// words of another language ("on", "a", "as", "or", "but", "an", "plus", "police", "village") are left out; a word
// listed by two packs counts for neither.
export const functionWords: readonly string[] = [
  'the', 'of', 'and', 'to', 'in', 'into', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had',
  'with', 'without', 'after', 'before', 'for', 'by', 'from', 'at', 'that', 'this', 'these', 'those', 'who', 'whom',
  'which', 'what', 'when', 'where', 'how', 'why', 'its', 'his', 'her', 'their', 'they', 'them', 'he', 'she', 'it',
  'we', 'our', 'over', 'against', 'not', 'will', 'would', 'could', 'should', 'says', 'said', 'say', 'amid', 'near',
  'since', 'than', 'up', 'out', 'off', 'about', 'more', 'also', 'during', 'between', 'two', 'three', 'four', 'five',
  'seven', 'eight', 'nine', 'ten', 'dozens', 'least', 'some', 'other', 'new', 'dead', 'killed', 'kill', 'kills',
  'attack', 'attacks', 'people', 'town', 'fighting', 'clashes', 'rebels', 'troops', 'army', 'government', 'official',
  'officials', 'soldiers', 'civilians', 'peacekeepers', 'killing', 'killings', 'wounded', 'injured', 'war', 'human',
  'rights', 'must', 'all', 'any', 'none', 'no', 'us', 'you', 'your', 'my', 'there', 'here', 'down', 'ahead', 'around',
  'warns', 'urges', 'accuses', 'accused', 'condemns', 'calls', 'begin', 'begins', 'starts', 'leave', 'leaving', 'peace',
  'deal', 'talks', 'president', 'minister', 'update', 'state', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday',
];

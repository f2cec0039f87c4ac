"""Round en503: a body named by its head noun and a foreign name no list holds: «هيئة يوروستات», «مؤسسة غالوب»,
«لوكالة إيلنا للأنباء».

An indefinite head of an agency, an office or a foundation (``foreign_name_body_heads`` in ``function_words.json``:
«هيئة», «مكتب», «وكالة», «مؤسسة») and right after it one word too rare in the news for a common noun, of no
adjective's shape, no list's place, title or official's surname (a transliterated name: «يوروستات», «غالوب»), are
one organisation, with a «لـ» complement right after it («للأنباء»). Not a common noun after the head («هيئة حكم
انتقالي», «مؤسسة موانئ البحر»: frequent words), nor an adjective («هيئة رئاسية», «هيئة مفوضة»: a feminine word
after the feminine head), nor a listed name («وكالة الأنباء», «مكتب نتنياهو»: an official's), nor a quoted name
(its own rules read «وكالة «إيسنا»»), nor a name before its country adjective («وكالة دوجان التركية للأنباء»: the
agency of that country, which the rules of described bodies read with its code).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw  # data only (closed word lists), no stage
from .crf import load_lexicon
from .guildbodies import GuildBodies
from .namerun import nisba
from .units import Found, Unit, plain_unit

_NAME_ZIPF10 = 40  # a word of a meeting's name is rarer than this (Zipf × 10): «أسبن» 27, «ميونيخ» 38; «حوار» 46
_FOREIGN_ZIPF10 = 30  # a body's foreign name is rarer than this: «غالوب» 23, «يوروستات» none; «موانئ» 36, «حكم» 53


class ForeignBodies(GuildBodies):
    def _rare_word(self, u: Unit) -> bool:
        """An indefinite word of no adjective's shape, rare in the news, no title nor an official's surname (not
        «مؤتمر أوباما الصحافي»): a foreign name («أسبن»: a name word too)."""
        k = u.key
        return u.tok.text.isalpha() and not k.startswith(("ال", "لل")) and not k.endswith(("ي", "يه")) \
            and k not in self.g.stop and not self.g.official_surname(k) and (k,) not in self.g.titles \
            and load_lexicon().freq.get(k, 0) < _NAME_ZIPF10

    def _foreign_body(self, doc: Doc, units: list[Unit], i: int, found: Found) -> int:
        """«هيئة يوروستات التابعة للاتحاد الأوروبي», «لوكالة إيلنا للأنباء»: an indefinite body head and a foreign
        name right after it are one organisation (with a «لـ» complement after the name); the units taken, 0 where
        none. Not «هيئة حكم» (a common noun), «مكتب نتنياهو» (an official's office), a listed name."""
        off = next((o for v, o, _ in units[i].variants if v in fw("foreign_name_body_heads")), None)
        if off is None or not plain_unit(units[i + 1]) or self._longest(units, i, self.g.phrases)[0] > 1 \
                or self._longest(units, i + 1, self.g.phrases)[0]:
            return 0
        u = units[i + 1]
        if not self._rare_word(u) or load_lexicon().freq.get(u.key, 0) >= _FOREIGN_ZIPF10 or u.key.endswith("ه") \
                or (u.key,) in self.g.org_heads or u.key in self.g.nisba:
            return 0  # «هيئة مفوضة»: a feminine word after the feminine head is its adjective, no name
        j = i + 2
        if j < len(units) and plain_unit(units[j]) and nisba(self.g, units[j]):
            return 0  # «وكالة دوجان التركية للأنباء»: the agency with its country, the rules' of described bodies
        if j < len(units) and plain_unit(units[j]) and units[j].key.startswith("لل") and len(units[j].key) > 4 \
                and not units[j].key.endswith(("ي", "يه")):
            j += 1  # «للأنباء», «للإحصاء»
        found.mentions.append(self._mention(doc, units, i, j - i, off, "ORGANIZATION", "pattern"))
        return j - i

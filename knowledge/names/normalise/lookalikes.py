"""Different names that look alike once romanised or reduced to consonants (محمد and Mahmoud are
both "mhmd"; حسن and Hussein "hsn"), as groups: forms in one group are one name, and two words in
different groups are never matched by a fold, a vowel difference or a typo (`same_name`,
`lookalike_group`).
"""

from __future__ import annotations

from knowledge.names.normalise.latin import fold_transliteration
from knowledge.names.normalise.tokenise import key

# Different names that look alike once romanised, and whose skeletons or spellings come within a
# fold or a typo of each other. Forms in one group are one name; two words in different groups are
# never matched by a fold, a vowel difference or a typo. Each group lists its common spellings as
# `parts` forms.
LOOKALIKES = (
    ("muhamad", "mohamed", "mohamad", "muhamed", "mohamed", "mehmet", "mehmed", "mohd"),  # محمد
    ("mahmud", "mahmod", "mehmud"),  # محمود
    ("hasan", "hassan"),  # حسن
    ("husain", "husein", "husayn", "hussain", "huseyin", "hosein", "hussein"),  # حسين
    ("hamid", "hamed"),  # حامد
    ("hamad",),  # حمد
    ("ahmad", "ahmed", "ahmet"),  # أحمد
    ("said", "saeid", "sayid"),  # سعيد
    ("saad", "sad", "saed"),  # سعد
    ("kamal", "kemal"),  # كمال
    ("kamel", "kamil"),  # كامل
    ("jamal", "gamal", "cemal"),  # جمال
    ("jamil", "gamil", "cemil"),  # جميل
    ("omar", "umar", "omer"),  # عمر
    ("amr", "amru"),  # عمرو
    ("amer", "amir", "aamer"),  # عامر
    ("amar", "ammar"),  # عمار (doubled letters fold: ammar is amar)
    ("nasr",),  # نصر
    ("naser", "nasir", "nasser"),  # ناصر
    ("rashid", "rachid", "reshit"),  # رشيد
    ("rashad", "reshat"),  # رشاد
    ("karim", "kerim"),  # كريم
    ("karam", "kerem"),  # كرم
    ("salih", "saleh"),  # صالح (Latin Salah folds with Saleh: both "sala")
    ("salahudin",),  # صلاح: apart from صالح only in Arabic script, where their letters differ
    ("hani", "hany"),  # هاني
    ("hana", "hanaa"),  # هناء, a woman's name
    ("michael", "mikhail", "mikael", "michel"),  # מיכאל
    ("michal",),  # מיכל, a woman's name
    ("abd",),  # عبد, "servant of": never the particle abu
    ("abu",),  # أبو, "father of"
    # Places: French writes Guyana (the country) so too, and Guyane is French Guiana (Guyane française).
    # No forms in other scripts: across scripts these groups tell nothing apart (`told_apart_across_scripts`).
    ("guyana",),
    ("guyane", "guiana"),
)
# The same names in Arabic, Hebrew, Russian and Greek script, by the group's first Latin form: a
# consonant skeleton cannot tell them apart either (محمد and Mahmoud are both "mhmd"; حسن and Hussein
# "hsn"), so across scripts a word of one group is compared only with the Latin spellings of that group.
SCRIPT_LOOKALIKES = {
    "muhamad": "محمد מוחמד מחמד מוחמאד мухаммед мухаммад мохаммед мохаммад мухамед мохамед мухамад мохамад"
               " магомед μοχάμεντ μοχάμαντ μουχάμαντ μωάμεθ",
    "mahmud": "محمود מחמוד махмуд μαχμούντ",
    "hasan": "حسن חסן חסאן хасан хассан χασάν",
    "husain": "حسين חוסיין חוסין хусейн хуссейн хусайн хосейн χουσεΐν",
    "hamid": "حامد חאמד חמיד хамид хамед",
    "hamad": "حمد חמד хамад",
    "ahmad": "أحمد אחמד ахмед ахмад ахмет αχμέτ αχμέντ αχμάντ",
    "said": "سعيد סעיד саид саед",
    "saad": "سعد סעד саад",
    "kamal": "كمال כמאל קמאל камаль камал кемаль καμάλ",
    "kamel": "كامل כאמל כאמיל קאמל קאמיל камель камиль камил",
    "jamal": "جمال ג'מאל джамаль джамал гамаль",
    "jamil": "جميل ג'מיל джамиль джамил",
    "omar": "عمر עומר омар ομάρ",
    "amr": "عمرو עמרו амр",
    "amer": "عامر עאמר амер амир",
    "amar": "عمار עמאר аммар",
    "nasr": "نصر наср",
    "naser": "ناصر נאצר נאסר насер насир нассер",
    "rashid": "رشيد רשיד рашид",
    "rashad": "رشاد רשאד рашад",
    "karim": "كريم כרים карим керим",
    "karam": "كرم карам",
    "salih": "صالح סאלח салех салих",
    "salahudin": "صلاح",
    "hani": "هاني האני хани",
    "hana": "هناء хана",
    "michael": "מיכאל מייקל михаил майкл μιχαήλ μάικλ",
    "michal": "מיכל",
    "abd": "عبد עבד абд",
    "abu": "أبو אבו абу αμπού",
}
_LOOKALIKE_GROUP = {}
for _index, _group in enumerate(LOOKALIKES):
    for _form in _group:
        _LOOKALIKE_GROUP.setdefault(fold_transliteration(_form), _index)
    for _form in SCRIPT_LOOKALIKES.get(_group[0], "").split():
        _LOOKALIKE_GROUP.setdefault(key(_form), _index)


def told_apart_across_scripts(group: int | None) -> bool:
    """Whether a Latin word's group has forms in other scripts (SCRIPT_LOOKALIKES), so that a word in
    those scripts in no group is another name; a group with none says nothing there (গায়ানা is Guyana)."""
    return group is not None and LOOKALIKES[group][0] in SCRIPT_LOOKALIKES


def same_name(a: str, b: str) -> bool:
    """Whether two words are spellings LOOKALIKES lists in one group (Gamal and Jamal, Mehmet and
    Muhammad): one name, whatever their letters."""
    return a in _LOOKALIKE_GROUP and _LOOKALIKE_GROUP[a] == _LOOKALIKE_GROUP.get(b)


def lookalike_group(word: str) -> int | None:
    """Which group of LOOKALIKES the word belongs to, if any (abd-compounds count as abd)."""
    if word in _LOOKALIKE_GROUP:
        return _LOOKALIKE_GROUP[word]
    if word.startswith(_ABD_JOINED) and len(word) > 3:
        return _LOOKALIKE_GROUP["abd"]
    if word.startswith(_ABU_JOINED) and len(word) > 3:
        return _LOOKALIKE_GROUP["abu"]
    return None


# abd and abu written joined to the next word, in each script (Abdallah, عبدالله, Абдаллах, Abumazen).
_ABD_JOINED = ("abd", "\u0639\u0628\u062f", "\u05e2\u05d1\u05d3", "абд")
_ABU_JOINED = ("abu", "\u0627\u0628\u0648", "\u05d0\u05d1\u05d5", "абу")

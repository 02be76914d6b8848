"""Names in the scripts the Latin, Cyrillic and CJK name shapes do not cover: Arabic (Persian, Arabic, Urdu bylines:
'علی رضایی', 'محمد عبد الله'), Georgian ('ნინო ბერიძე'), Armenian ('Անի Պետրոսյան') and Thai ('สมชาย ใจดี'). Arabic,
Georgian and Thai have no capitals, so a name is told from a title's words by its length, its words, a Georgian
surname's ending, a Thai name's one space."""

from __future__ import annotations

from journalmeta import _regex

__all__ = ["ARABIC_SEPARATORS", "is_script_name"]

# two to five words of Arabic-script letters (the zero-width non-joiner inside Persian words: 'زین‌العابدین')
_ARABIC_NAME = _regex.compile(r"^[\u0620-\u064a\u0671-\u06d3\u200c]{2,}"
                              r"(?:\s+[\u0620-\u064a\u0671-\u06d3\u200c]{2,}){1,4}$")
# a given name and a surname with a Georgian surname's ending (-ძე, -შვილი, -ია, -უა, -ავა, -ური, -ანი…)
_GEORGIAN_NAME = _regex.compile(r"^[\u10d0-\u10fa]{2,}\s+[\u10d0-\u10fa]{2,}"
                                r"(?:ძე|შვილი|ია|უა|ავა|ური|ული|ანი|ელი|ენი|ონი)$")
# a Thai given name and surname, a space between (a Thai title runs its words together, or parts long phrases)
_THAI_NAME = _regex.compile(r"^[\u0e01-\u0e4e]{2,15}\s+[\u0e01-\u0e4e]{2,15}$")
# two or three capitalised Armenian words ('Անի Պետրոսյան'); a title capitalises its first word only
_ARMENIAN_NAME = _regex.compile(r"^[\u0531-\u0556][\u0561-\u0587]+(?:\s+[\u0531-\u0556][\u0561-\u0587]+){1,2}$")
# the Arabic comma and semicolon part names as ',' and ';' do
ARABIC_SEPARATORS = "\u060c\u061b"
_LONGEST = 40  # characters

# words of a sentence, a title or a page that no person's name holds, Persian then Arabic: prepositions and
# conjunctions, the page's labels, menus and an article's kinds, an institution's words (an Arabic word also with
# its article: 'المجلة')
_NOT_NAME_WORDS = frozenset("""
در بر از به با که این آن های ها برای تا یا را هم بین پس روی مورد نقش اثر بررسی تحلیل مطالعه ارزیابی
مقاله مقالات پژوهشی نوع دوره شماره صفحه اصلی چکیده نویسندگان نویسنده کلیدواژه‌ها کلیدواژه مجله فصلنامه نشریه
دانشگاه دانشکده گروه پژوهشگاه موسسه مؤسسه مرکز ایران تهران عنوان مراجع منابع مقدمه اطلاعات دانلود ارجاع
آرشیو درباره اعضای هیات هیئت تحریریه راهنمای ارسال تماس جستجو ورود ثبت نام اخبار جاری داوران اصول اخلاق
في من على إلى عن مع هذا هذه التي الذي أو ثم بين دراسة تحليل أثر دور مقالة بحث مجلد عدد صفحات صفحة
جامعة كلية قسم معهد مركز مجلة ملخص مستخلص كلمات مراجع مقدمة عنوان مؤلفون مؤلف رئيسية رئيسة تصفح أعداد
حالي هيئة تحرير دليل إرسال اتصل بنا بحث تسجيل دخول أخبار أرشيف سياسة نشر
""".split())


def is_script_name(name: str) -> bool:
    """Whether ``name`` reads as one person's name in the Arabic, Georgian, Armenian or Thai script."""
    first = name[:1]
    if len(name) > _LONGEST or not first:
        return False
    if "\u10d0" <= first <= "\u10ff":
        return _GEORGIAN_NAME.match(name) is not None
    if "\u0531" <= first <= "\u0556":
        return _ARMENIAN_NAME.match(name) is not None
    if "\u0e01" <= first <= "\u0e4e":
        return _THAI_NAME.match(name) is not None
    return _ARABIC_NAME.match(name) is not None and not any(_not_a_name_word(word) for word in name.split())


def _not_a_name_word(word: str) -> bool:
    return word in _NOT_NAME_WORDS or word.replace("\u200c", "") in _NOT_NAME_WORDS \
        or (word.startswith("ال") and word[2:] in _NOT_NAME_WORDS)

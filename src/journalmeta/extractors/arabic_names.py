"""Names in the Arabic script (Persian, Arabic, Urdu bylines: 'علی رضایی', 'محمد عبد الله'): a script without
capitals, so a name is told from a title's words by its length and by the words no name holds."""

from __future__ import annotations

from journalmeta import _regex

__all__ = ["ARABIC_SEPARATORS", "is_arabic_name"]

# two to five words of Arabic-script letters (the zero-width non-joiner inside Persian words: 'زین‌العابدین')
_NAME = _regex.compile(r"^[\u0620-\u064a\u0671-\u06d3\u200c]{2,}(?:\s+[\u0620-\u064a\u0671-\u06d3\u200c]{2,}){1,4}$")
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


def is_arabic_name(name: str) -> bool:
    """Whether ``name`` reads as one person's name in the Arabic script."""
    if len(name) > _LONGEST or not _NAME.match(name):
        return False
    return not any(_not_a_name_word(word) for word in name.split())


def _not_a_name_word(word: str) -> bool:
    return word in _NOT_NAME_WORDS or word.replace("\u200c", "") in _NOT_NAME_WORDS \
        or (word.startswith("ال") and word[2:] in _NOT_NAME_WORDS)

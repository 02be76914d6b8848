"""Words naming an institution, in whatever language: a line naming one is an affiliation ('Laboratoire de Chimie
Théorique, Université Mohamed V, Rabat'), and no name holds one, however name-like its parts. Also a name glued to
the institution after it by a text rendering that drops the spans between them ('Ana Paula FerreiraUniversidade de
São Paulo'), found so that the two can be parted."""

from __future__ import annotations

from journalmeta import _regex

__all__ = ["INSTITUTION", "INSTITUTION_ADJECTIVES", "INSTITUTION_FIRST", "INSTITUTION_WORDS", "name_then_institution"]

INSTITUTION_WORDS = (r"\b(?:Univers(?:it|id)[a-zéàä]*|Department|Départe?ment|Departamento|College|"
                     r"Institu(?:t[a-z]*|ci[oó]n)|Laborat[a-z]+|Facult[a-zéy]*|Fakultät|Academy|Hospital|"
                     r"School of|Division of|Cedex|"
                     # Portuguese and Spanish: 'Faculdade de Medicina', 'Unidade de Saúde Familiar', 'Escola …',
                     # 'Secretaria Municipal de Saúde', 'Fundação …', 'Centro Hospitalar …'
                     r"Faculdade|Unidade|Escola|Secretar[ií]a|Funda[çc][ãi][oó]n?|Centro|"
                     r"[Уу]ниверситет[а-я]*|[Аа]кадеми[яиюей]|[ИиІі]нститут[а-яіїє]*|[Кк]афедр[а-яіїє]*|[Уу]ніверситет[а-яіїє]*|"
                     # Turkish and Azerbaijani: 'Ankara Üniversitesi', 'Fen Fakültesi', 'İlahiyyat İnstitutu'
                     r"Üniversite[a-zığşçöü]*|İnstitut[a-zığşçöüə]*|Fakülte[a-zığşçöü]*|Enstitü[a-zığşçöü]*|"
                     r"Akademiya[a-zığşçöüə]*|Universiteti|"
                     # Slavic and Hungarian: 'Sveučilište u Zagrebu', 'Univerzita Karlova', 'Fakultet …', 'Egyetem'
                     r"Sveučilišt[a-zčćšđž]*|Univerzit[a-zčćšđžý]*|Univerz[ae]|Uniwersytet[a-zęąłóśźż]*|"
                     r"Instytut[a-z]*|Fakultet[a-z]*|Fakulta|Egyetem[a-zé]*|"
                     # Arabic and Persian: university, faculty, department, institute ('قسم علم النفس، كلية الآداب')
                     r"جامعة|كلية|قسم|معهد|دانشگاه|دانشکده|گروه|پژوهشگاه|پژوهشکده)\b")
INSTITUTION = _regex.compile(INSTITUTION_WORDS)
# words that open an institution's name, the place-named kind ('Ankara Üniversitesi', 'Federal University') aside,
# but not 'University of …' ('Università di Ferrara', 'Universidade Federal do Paraná')
# words that stand before 'University of' in an institution's name ('Federal University of Ceará', 'State University
# of New York'): no name's last word
INSTITUTION_ADJECTIVES = frozenset(("Federal", "State", "National", "Technical", "Medical", "Agricultural", "Royal",
                                    "Catholic", "Polytechnic", "Central", "Normal", "Capital", "Islamic", "Pontifical",
                                    "Open", "Free", "Public", "International", "Autonomous", "Metropolitan"))
INSTITUTION_FIRST = _regex.compile(r"\b(?:Department|Dept\.|Division of|Faculty of|School of|Laborat[a-z]+|"
                                   r"Institute of|Institut für|College of|Cent(?:er|re) for|Departamento|Departament|"
                                   r"Facultad|Faculdade|Fakultas|Jurusan|Programa|"
                                   r"Univers(?:it|id)[a-zàéä]*\s+(?:of|di|de|degli|della|del|do|da|des|du|zu|Federal|"
                                   r"Estadual|Nacional|Autónoma))\b")

# a name of two to four capitalised words (particles between: 'Maria da Silva'), its last small letter glued to the
# capital that starts the rest
_NAME_GLUED = _regex.compile(r"((?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][a-zß-öø-ÿа-яёіїєґ'’\-]+\s+(?:(?:da|de|do|dos|das|van|von|der|"
                             r"den|del|la|le|di|du|bin|ibn)\s+)*){1,3}[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][a-zß-öø-ÿа-яёіїєґ'’\-]*"
                             r"[a-zß-öø-ÿа-яёіїєґ])(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ«\"“])")
_GLUED_NAME_LINE = 200  # characters: a name and an institution's full name


def name_then_institution(line: str) -> tuple[str, str] | None:
    """A line that is a name glued to an institution, parted: ('Ana Paula Ferreira', 'Universidade de São Paulo')."""
    if len(line) > _GLUED_NAME_LINE:
        return None
    glued = _NAME_GLUED.match(line)
    if glued is None or INSTITUTION.search(line[glued.end():]) is None:
        return None
    return glued.group(1), line[glued.end():]

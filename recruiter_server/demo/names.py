"""People and places of the demo organisation: names from many countries, their cities and
how their phone numbers are written.

Candidates come from a Stockholm-based company's talent market: many Swedes, and people from
around the world, about half of whom already live in Sweden.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    """Names of one country or language, where such people live, and their phone numbers.

    `homes` pairs a location with how phone numbers are written there (`#` for a digit).
    `female_first` lists the first names whose surname takes the feminine form, where the
    language has one (Polish -ski/-ska).
    """

    key: str
    weight: int
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    homes: tuple[tuple[str, str], ...]
    double_surname_share: float = 0.0
    female_first: frozenset[str] = frozenset()


def _list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(","))


def _in(country: str, phone: str, cities: str) -> tuple[tuple[str, str], ...]:
    return tuple((f"{city}, {country}", phone) for city in _list(cities))


SWEDISH = Culture(
    key="swedish",
    weight=30,
    first_names=_list(
        "Anna, Erik, Lars, Karin, Johan, Sara, Oskar, Elin, Linnéa, Björn, Maja, Gustav, Ebba, "
        "Axel, Frida, Nils, Ida, Viktor, Hanna, Emil, Astrid, Filip, Klara, Mattias, Sofia, "
        "Henrik, Malin, Jonas, Elsa, Per, Ingrid, Anders, Moa, Leo, Wilma, Johanna, Fredrik, "
        "Cecilia, Magnus, Tove, Agnes, Hugo, Saga, Albin, Stina"
    ),
    last_names=_list(
        "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, "
        "Gustafsson, Pettersson, Jonsson, Lindberg, Lindqvist, Lundgren, Berg, Bergström, Holm, "
        "Sandberg, Ekström, Forsberg, Sjöberg, Wallin, Engström, Lindholm, Åberg, Björk, Nyström, "
        "Hedlund, Ström, Dahl, Axelsson, Lundqvist, Falk, Söderberg"
    ),
    homes=_in(
        "Sweden",
        "+46 7# ### ## ##",
        "Stockholm, Gothenburg, Malmö, Uppsala, Linköping, Umeå, Lund, Örebro",
    ),
)

INDIAN = Culture(
    key="indian",
    weight=12,
    first_names=_list(
        "Priya, Rahul, Ananya, Arjun, Sneha, Vikram, Divya, Rohan, Kavya, Aditya, Meera, "
        "Siddharth, Pooja, Karthik, Neha, Amit, Lakshmi, Sanjay, Deepika, Varun, Ishaan, Nisha, "
        "Harish, Aishwarya, Raj, Tanvi, Nikhil"
    ),
    last_names=_list(
        "Sharma, Patel, Iyer, Reddy, Nair, Gupta, Singh, Kumar, Menon, Rao, Desai, Joshi, Mehta, "
        "Chatterjee, Banerjee, Krishnan, Pillai, Agarwal, Kapoor, Mukherjee, Bhat, Verma"
    ),
    homes=_in(
        "India", "+91 9#### #####", ("Bengaluru, Pune, Hyderabad, Chennai, Mumbai, New Delhi")
    ),
)

NIGERIAN = Culture(
    key="nigerian",
    weight=6,
    first_names=_list(
        "Chinedu, Oluwaseun, Ngozi, Emeka, Adaeze, Tunde, Funmilayo, Ikechukwu, Chiamaka, "
        "Babajide, Yetunde, Obinna, Amara, Segun, Folake, Uchenna, Kelechi, Temitope, Ifeoma, "
        "Damilola"
    ),
    last_names=_list(
        "Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Adebayo, Ogunleye, Chukwu, Afolabi, "
        "Okeke, Bello, Olawale, Obi, Uzor, Adeleke, Nwachukwu, Oyelaran"
    ),
    homes=_in("Nigeria", "+234 80# ### ####", "Lagos, Abuja, Ibadan, Port Harcourt"),
)

CHINESE = Culture(
    key="chinese",
    weight=6,
    first_names=_list(
        "Wei, Jing, Hao, Xiaoming, Mei, Yan, Jun, Lei, Ying, Fang, Yu, Qiang, Hui, Min, Tao, Xin, "
        "Yifan, Zihan, Haoran, Xiaoyu"
    ),
    last_names=_list(
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, Lin, "
        "He"
    ),
    homes=_in("China", "+86 13# #### ####", "Shanghai, Beijing, Shenzhen, Hangzhou, Chengdu"),
)

BRAZILIAN = Culture(
    key="brazilian",
    weight=5,
    first_names=_list(
        "João, Ana, Pedro, Mariana, Lucas, Juliana, Gabriel, Beatriz, Rafael, Camila, Thiago, "
        "Larissa, Gustavo, Fernanda, Felipe, Letícia, Bruno, Carolina, Matheus, Isabela"
    ),
    last_names=_list(
        "Silva, Santos, Oliveira, Souza, Pereira, Costa, Rodrigues, Almeida, Nascimento, Lima, "
        "Araújo, Ferreira, Carvalho, Gomes, Ribeiro, Martins, Rocha, Barbosa"
    ),
    homes=_in(
        "Brazil",
        "+55 11 9####-####",
        "São Paulo, Rio de Janeiro, Belo Horizonte, Curitiba, Porto Alegre",
    ),
)

ARABIC = Culture(
    key="arabic",
    weight=6,
    first_names=_list(
        "Mohammed, Ahmed, Fatima, Omar, Layla, Yousef, Aisha, Khalid, Noor, Hassan, Mariam, Ali, "
        "Zainab, Karim, Huda, Tariq, Rania, Samir, Leila, Bilal"
    ),
    last_names=_list(
        "Al-Sayed, Haddad, Khalil, Mansour, Nasser, Saleh, Hamdan, Aziz, Farouk, Rahman, Abboud, "
        "Darwish, El-Amin, Suleiman, Yassin, Jaber, Bakr, Hijazi"
    ),
    homes=(
        *_in("United Arab Emirates", "+971 5# ### ####", "Dubai, Abu Dhabi"),
        *_in("Egypt", "+20 10 #### ####", "Cairo, Alexandria"),
        *_in("Jordan", "+962 7# ### ####", "Amman"),
        *_in("Lebanon", "+961 3 ### ###", "Beirut"),
        *_in("Saudi Arabia", "+966 5# ### ####", "Riyadh"),
        *_in("Morocco", "+212 6## ## ## ##", "Casablanca"),
    ),
)

POLISH = Culture(
    key="polish",
    weight=5,
    first_names=_list(
        "Katarzyna, Piotr, Agnieszka, Tomasz, Magdalena, Krzysztof, Aleksandra, Paweł, Joanna, "
        "Michał, Zofia, Jakub, Marta, Łukasz, Natalia, Kamil, Ewa, Wojciech"
    ),
    last_names=_list(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, "
        "Szymański, Woźniak, Dąbrowski, Kozłowski, Mazur, Krawczyk, Kaczmarek, Grabowski"
    ),
    homes=_in("Poland", "+48 5## ### ###", "Warsaw, Kraków, Wrocław, Gdańsk, Poznań"),
    female_first=frozenset(
        _list("Katarzyna, Agnieszka, Magdalena, Aleksandra, Joanna, Zofia, Marta, Natalia, Ewa")
    ),
)

JAPANESE = Culture(
    key="japanese",
    weight=4,
    first_names=_list(
        "Haruto, Yui, Sota, Hina, Yuto, Sakura, Ren, Aoi, Kenji, Yuki, Takashi, Emi, Hiroshi, "
        "Naoko, Daiki, Kaito, Rin, Akiko"
    ),
    last_names=_list(
        "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, "
        "Yoshida, Yamada, Sasaki, Matsumoto, Inoue"
    ),
    homes=_in("Japan", "+81 90-####-####", "Tokyo, Osaka, Kyoto, Fukuoka, Yokohama"),
)

SPANISH = Culture(
    key="spanish",
    weight=5,
    first_names=_list(
        "Lucía, Javier, Carmen, Alejandro, Marta, Pablo, Elena, Diego, Laura, Sergio, Paula, "
        "Álvaro, Irene, Daniel, Cristina, Andrés, Nuria, Raúl"
    ),
    last_names=_list(
        "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, "
        "Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez"
    ),
    homes=_in(
        "Spain", "+34 6## ## ## ##", ("Madrid, Barcelona, Valencia, Seville, Bilbao, Málaga")
    ),
    double_surname_share=0.5,
)

# 555-01xx numbers are reserved for fiction.
AMERICAN = Culture(
    key="american",
    weight=7,
    first_names=_list(
        "Emily, Michael, Jessica, Christopher, Ashley, Matthew, Sarah, Joshua, Jennifer, Daniel, "
        "Amanda, David, Megan, Ryan, Lauren, Tyler, Rachel, Brandon, Kevin, Taylor, Jordan, "
        "Madison"
    ),
    last_names=_list(
        "Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, "
        "Moore, Jackson, Martin, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young"
    ),
    homes=_in(
        "United States",
        "+1 ### 555 01##",
        "New York, San Francisco, Austin, Seattle, Chicago, Boston, Denver",
    ),
)

GERMAN = Culture(
    key="german",
    weight=4,
    first_names=_list(
        "Lukas, Felix, Lea, Jonas, Laura, Maximilian, Sophie, Paul, Marie, Leon, Hannah, Tim, "
        "Julia, Niklas, Katharina, Jana"
    ),
    last_names=_list(
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, "
        "Koch, Richter, Klein, Wolf, Schröder"
    ),
    homes=_in("Germany", "+49 15# ########", "Berlin, Munich, Hamburg, Cologne, Frankfurt"),
)

FINNISH = Culture(
    key="finnish",
    weight=3,
    first_names=_list(
        "Mikko, Aino, Juha, Emilia, Antti, Sanna, Ville, Noora, Teemu, Heidi, Janne, Eveliina"
    ),
    last_names=_list(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, "
        "Järvinen"
    ),
    homes=_in("Finland", "+358 40 ### ####", "Helsinki, Espoo, Tampere, Turku"),
)

IRANIAN = Culture(
    key="iranian",
    weight=3,
    first_names=_list(
        "Reza, Neda, Maryam, Amir, Shirin, Dariush, Parisa, Mehdi, Kian, Roya, Arash, Golnaz"
    ),
    last_names=_list(
        "Hosseini, Mohammadi, Rezaei, Ahmadi, Karimi, Moradi, Jafari, Rahimi, Kazemi, Tehrani"
    ),
    homes=_in("Iran", "+98 912 ### ####", "Tehran, Isfahan, Shiraz"),
)

# 07700 900xxx numbers are reserved for drama.
BRITISH = Culture(
    key="british",
    weight=4,
    first_names=_list(
        "Oliver, Amelia, Harry, Isla, George, Charlotte, Jack, Olivia, Thomas, Grace, James, Freya"
    ),
    last_names=_list(
        "Jones, Taylor, Brown, Williams, Wilson, Evans, Roberts, Wright, Hughes, Green, Hall, Wood"
    ),
    homes=_in("United Kingdom", "+44 7700 900###", "London, Manchester, Edinburgh, Bristol"),
)

CULTURES: tuple[Culture, ...] = (
    SWEDISH,
    INDIAN,
    NIGERIAN,
    CHINESE,
    BRAZILIAN,
    ARABIC,
    POLISH,
    JAPANESE,
    SPANISH,
    AMERICAN,
    GERMAN,
    FINNISH,
    IRANIAN,
    BRITISH,
)

# Where candidates who already live in Sweden live, most of them near the offices.
SWEDISH_HOMES: tuple[tuple[str, int], ...] = (
    ("Stockholm", 50),
    ("Gothenburg", 18),
    ("Malmö", 12),
    ("Uppsala", 6),
    ("Lund", 4),
    ("Linköping", 4),
    ("Västerås", 3),
    ("Umeå", 3),
)

# Share of people from abroad who already live in Sweden.
LIVING_IN_SWEDEN = 0.5

# Reserved for documentation (RFC 2606), so no mail ever reaches a real person.
EMAIL_DOMAINS: tuple[str, ...] = (
    "example.com",
    "example.net",
    "example.org",
    "mail.example.com",
    "inbox.example.net",
    "post.example.org",
)

# The people of the demo organisation: (e-mail, first name, last name, organisation role).
# The first four are the sign-ins DESIGN.md promises.
DEMO_ADMIN = "admin@demo.example"
DEMO_RECRUITER = "recruiter@demo.example"
DEMO_HIRING_MANAGER = "hiring.manager@demo.example"
DEMO_INTERVIEWER = "interviewer@demo.example"
DEMO_SIGN_INS: tuple[str, ...] = (DEMO_ADMIN, DEMO_RECRUITER, DEMO_HIRING_MANAGER, DEMO_INTERVIEWER)
DEMO_PASSWORD = "demo"  # noqa: S105 (the demo's published password)

STAFF: tuple[tuple[str, str, str, str], ...] = (
    (DEMO_ADMIN, "Maja", "Lindgren", "admin"),
    (DEMO_RECRUITER, "Sofia", "Andersson", "recruiter"),
    (DEMO_HIRING_MANAGER, "Erik", "Johansson", "hiring_manager"),
    (DEMO_INTERVIEWER, "Priya", "Raman", "interviewer"),
    ("jonas.ek@demo.example", "Jonas", "Ek", "recruiter"),
    ("fatima.ali@demo.example", "Fatima", "Ali", "recruiter"),
    ("lucas.moreau@demo.example", "Lucas", "Moreau", "recruiter"),
    ("henrik.nilsson@demo.example", "Henrik", "Nilsson", "hiring_manager"),
    ("chen.wei@demo.example", "Wei", "Chen", "hiring_manager"),
    ("amara.okafor@demo.example", "Amara", "Okafor", "hiring_manager"),
    ("laura.garcia@demo.example", "Laura", "García", "hiring_manager"),
    ("oliver.bennett@demo.example", "Oliver", "Bennett", "hiring_manager"),
    ("karin.sjoberg@demo.example", "Karin", "Sjöberg", "hiring_manager"),
    ("tomasz.nowak@demo.example", "Tomasz", "Nowak", "interviewer"),
    ("aisha.rahman@demo.example", "Aisha", "Rahman", "interviewer"),
    ("gustav.holm@demo.example", "Gustav", "Holm", "interviewer"),
    ("yuki.tanaka@demo.example", "Yuki", "Tanaka", "interviewer"),
    ("ngozi.eze@demo.example", "Ngozi", "Eze", "interviewer"),
    ("mateus.costa@demo.example", "Mateus", "Costa", "interviewer"),
    ("elin.dahl@demo.example", "Elin", "Dahl", "interviewer"),
    ("arjun.mehta@demo.example", "Arjun", "Mehta", "interviewer"),
    ("sara.khalil@demo.example", "Sara", "Khalil", "interviewer"),
    ("david.kim@demo.example", "David", "Kim", "interviewer"),
    ("ingrid.berg@demo.example", "Ingrid", "Berg", "admin"),
)

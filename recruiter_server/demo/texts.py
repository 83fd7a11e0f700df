"""What the demo organisation hires for and what its people write: jobs, headlines, tags,
sources, notes, interview comments and reasons for rejecting.
"""

from dataclasses import dataclass

from recruiter_server.demo.names import DEMO_HIRING_MANAGER, DEMO_INTERVIEWER, DEMO_RECRUITER

TECH = "tech"
DESIGN = "design"
PRODUCT = "product"
BUSINESS = "business"


@dataclass(frozen=True)
class DemoJob:
    """One job of the demo organisation, with the people assigned to it.

    `weight` is its share of the applications; `extra_stage` is a stage of its own, put right
    before Interview; `opened_days_ago`/`closed_days_ago` place it in time.
    """

    code: str
    title: str
    department: str
    location: str
    status: str
    tracks: tuple[str, ...]
    weight: int
    opened_days_ago: int | None
    description: str
    hiring_managers: tuple[str, ...]
    recruiters: tuple[str, ...]
    interviewers: tuple[str, ...]
    extra_stage: str | None = None
    closed_days_ago: int | None = None


_HM = DEMO_HIRING_MANAGER
_REC = DEMO_RECRUITER
_INT = DEMO_INTERVIEWER

JOBS: tuple[DemoJob, ...] = (
    DemoJob(
        code="ENG-101",
        title="Senior Backend Engineer (Python)",
        department="Engineering",
        location="Stockholm",
        status="active",
        tracks=(TECH,),
        weight=14,
        opened_days_ago=150,
        description="Build the services behind our payments platform in Python and PostgreSQL.",
        hiring_managers=(_HM,),
        recruiters=(_REC, "jonas.ek@demo.example"),
        interviewers=(
            _INT,
            "tomasz.nowak@demo.example",
            "gustav.holm@demo.example",
            "arjun.mehta@demo.example",
        ),
        extra_stage="Technical test",
    ),
    DemoJob(
        code="ENG-102",
        title="Frontend Engineer (React)",
        department="Engineering",
        location="Gothenburg",
        status="active",
        tracks=(TECH, DESIGN),
        weight=11,
        opened_days_ago=120,
        description="Shape the merchant dashboard with React and TypeScript, together with design.",
        hiring_managers=("chen.wei@demo.example",),
        recruiters=("jonas.ek@demo.example",),
        interviewers=(_INT, "yuki.tanaka@demo.example", "elin.dahl@demo.example"),
        extra_stage="Technical test",
    ),
    DemoJob(
        code="ENG-103",
        title="iOS Engineer",
        department="Engineering",
        location="Stockholm",
        status="active",
        tracks=(TECH,),
        weight=6,
        opened_days_ago=90,
        description="Own the Swift code base of our consumer app, used by two million people.",
        hiring_managers=("chen.wei@demo.example",),
        recruiters=("fatima.ali@demo.example",),
        interviewers=("david.kim@demo.example", "gustav.holm@demo.example"),
    ),
    DemoJob(
        code="ENG-104",
        title="Site Reliability Engineer",
        department="Platform",
        location="Remote (EU)",
        status="active",
        tracks=(TECH,),
        weight=8,
        opened_days_ago=100,
        description="Keep our Kubernetes platform fast and boring; on call one week in six.",
        hiring_managers=(_HM,),
        recruiters=(_REC,),
        interviewers=(_INT, "tomasz.nowak@demo.example", "arjun.mehta@demo.example"),
    ),
    DemoJob(
        code="DATA-201",
        title="Data Scientist",
        department="Data & Analytics",
        location="Stockholm",
        status="active",
        tracks=(TECH, PRODUCT),
        weight=7,
        opened_days_ago=75,
        description="Turn transaction data into fraud models and product insight.",
        hiring_managers=("karin.sjoberg@demo.example",),
        recruiters=("fatima.ali@demo.example",),
        interviewers=(_HM, "aisha.rahman@demo.example", "sara.khalil@demo.example"),
        extra_stage="Case study",
    ),
    DemoJob(
        code="PROD-301",
        title="Product Manager, Payments",
        department="Product",
        location="London",
        status="active",
        tracks=(PRODUCT,),
        weight=6,
        opened_days_ago=60,
        description="Lead the checkout and payouts roadmap with two engineering teams.",
        hiring_managers=("oliver.bennett@demo.example",),
        recruiters=("lucas.moreau@demo.example",),
        interviewers=("ngozi.eze@demo.example", "elin.dahl@demo.example"),
        extra_stage="Case study",
    ),
    DemoJob(
        code="DES-401",
        title="Product Designer",
        department="Design",
        location="Stockholm",
        status="active",
        tracks=(DESIGN, PRODUCT),
        weight=6,
        opened_days_ago=80,
        description="Design end-to-end flows for merchants, from research to polished UI.",
        hiring_managers=("laura.garcia@demo.example",),
        recruiters=("fatima.ali@demo.example",),
        interviewers=(
            "yuki.tanaka@demo.example",
            "elin.dahl@demo.example",
            "sara.khalil@demo.example",
        ),
        extra_stage="Portfolio review",
    ),
    DemoJob(
        code="SALES-501",
        title="Account Executive, Nordics",
        department="Sales",
        location="Stockholm",
        status="active",
        tracks=(BUSINESS,),
        weight=9,
        opened_days_ago=110,
        description="Win mid-market merchants in Sweden, Norway, Denmark and Finland.",
        hiring_managers=("henrik.nilsson@demo.example",),
        recruiters=("lucas.moreau@demo.example",),
        interviewers=("mateus.costa@demo.example", "ngozi.eze@demo.example"),
    ),
    DemoJob(
        code="CS-601",
        title="Customer Success Manager",
        department="Customer Success",
        location="Malmö",
        status="active",
        tracks=(BUSINESS,),
        weight=7,
        opened_days_ago=70,
        description="Help our largest merchants grow and renew; Swedish and English.",
        hiring_managers=("amara.okafor@demo.example",),
        recruiters=("lucas.moreau@demo.example", _REC),
        interviewers=("mateus.costa@demo.example", "aisha.rahman@demo.example"),
    ),
    DemoJob(
        code="SUP-602",
        title="Customer Support Specialist (Swedish-speaking)",
        department="Customer Support",
        location="Gothenburg",
        status="active",
        tracks=(BUSINESS,),
        weight=14,
        opened_days_ago=140,
        description="Answer merchants by chat and phone; Swedish required, shifts until 20:00.",
        hiring_managers=("amara.okafor@demo.example",),
        recruiters=(_REC, "fatima.ali@demo.example"),
        interviewers=("elin.dahl@demo.example", "mateus.costa@demo.example"),
    ),
    DemoJob(
        code="PEO-701",
        title="Talent Acquisition Partner",
        department="People",
        location="Stockholm",
        status="active",
        tracks=(BUSINESS,),
        weight=4,
        opened_days_ago=45,
        description="Partner with engineering leaders to hire our next fifty people.",
        hiring_managers=("karin.sjoberg@demo.example",),
        recruiters=(_REC,),
        interviewers=("aisha.rahman@demo.example", "sara.khalil@demo.example"),
    ),
    DemoJob(
        code="FIN-801",
        title="Financial Controller",
        department="Finance",
        location="Stockholm",
        status="closed",
        tracks=(BUSINESS,),
        weight=4,
        opened_days_ago=260,
        description="Own the monthly close and group reporting under IFRS.",
        hiring_managers=("oliver.bennett@demo.example",),
        recruiters=("jonas.ek@demo.example",),
        interviewers=("sara.khalil@demo.example", "david.kim@demo.example"),
        closed_days_ago=40,
    ),
    DemoJob(
        code="ENG-105",
        title="Engineering Manager, Mobile",
        department="Engineering",
        location="Berlin",
        status="draft",
        tracks=(TECH,),
        weight=0,
        opened_days_ago=None,
        description="Lead our iOS and Android teams as we open an office in Berlin.",
        hiring_managers=("chen.wei@demo.example",),
        recruiters=(_REC,),
        interviewers=(),
    ),
)

# What each track's people call themselves.
TITLES: dict[str, tuple[str, ...]] = {
    TECH: (
        "Backend Engineer",
        "Software Engineer",
        "Full-stack Developer",
        "Frontend Developer",
        "iOS Developer",
        "Android Developer",
        "Site Reliability Engineer",
        "DevOps Engineer",
        "Data Engineer",
        "Data Scientist",
        "Machine Learning Engineer",
        "QA Engineer",
        "Platform Engineer",
        "Security Engineer",
        "Python Developer",
    ),
    DESIGN: (
        "Product Designer",
        "UX Designer",
        "UI Designer",
        "UX Researcher",
        "Interaction Designer",
    ),
    PRODUCT: ("Product Manager", "Product Owner", "Business Analyst", "Product Analyst"),
    BUSINESS: (
        "Account Executive",
        "Sales Development Representative",
        "Account Manager",
        "Customer Success Manager",
        "Customer Support Specialist",
        "Talent Acquisition Specialist",
        "Recruiter",
        "HR Business Partner",
        "Financial Controller",
        "Accountant",
        "Marketing Manager",
        "Key Account Manager",
    ),
}
SENIORITY: tuple[tuple[str, int], ...] = (
    ("", 40),
    ("Senior ", 30),
    ("Junior ", 10),
    ("Lead ", 8),
    ("Principal ", 3),
    ("Staff ", 4),
)
COMPANIES: tuple[str, ...] = (
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Globex",
    "Initech",
    "Bluefin Labs",
    "Tailspin",
    "Wide World Importers",
    "Adventure Works",
    "Lumen Health",
    "Polar Logistics",
    "Fjord Bank",
    "Skyline Media",
    "Greenleaf Energy",
    "Nordic Payments",
    "Kettle & Co",
    "Aurora Games",
    "Vinter Mobility",
    "Cobalt Insurance",
    "Harbor Retail",
)
SCHOOLS: tuple[str, ...] = (
    "KTH Royal Institute of Technology",
    "Chalmers",
    "Lund University",
    "Uppsala University",
    "Stockholm School of Economics",
    "Linköping University",
    "Aalto University",
)

TAGS: dict[str, tuple[str, ...]] = {
    TECH: (
        "python",
        "go",
        "java",
        "kotlin",
        "typescript",
        "react",
        "kubernetes",
        "aws",
        "gcp",
        "terraform",
        "postgresql",
        "django",
        "fastapi",
        "rust",
        "swift",
        "machine-learning",
        "spark",
        "sql",
        "security",
        "c++",
    ),
    DESIGN: ("figma", "user-research", "design-systems", "prototyping", "accessibility"),
    PRODUCT: ("roadmapping", "payments", "b2b", "analytics", "experimentation", "sql"),
    BUSINESS: (
        "saas",
        "b2b",
        "enterprise-sales",
        "salesforce",
        "hubspot",
        "negotiation",
        "zendesk",
        "excel",
        "ifrs",
        "sap",
        "sourcing",
        "employer-branding",
    ),
}
COMMON_TAGS: tuple[str, ...] = (
    "swedish-speaking",
    "relocation",
    "remote-only",
    "visa-sponsorship",
    "leadership",
    "mentoring",
    "startup",
    "return-candidate",
    "part-time",
)

# (source, weight, whether a recruiter found them rather than they applied)
SOURCES: tuple[tuple[str, int, bool], ...] = (
    ("LinkedIn", 30, True),
    ("Career site", 25, False),
    ("Referral", 12, True),
    ("Indeed", 10, False),
    ("Agency", 8, True),
    ("Job fair", 5, True),
    ("University", 4, True),
    ("GitHub", 3, True),
    ("Meetup", 3, True),
)
LINKEDIN_DETAILS: tuple[str, ...] = ("Recruiter search", "InMail reply", "Job post", "Project")
AGENCIES: tuple[str, ...] = (
    "Northern Talent AB",
    "TechSearch Partners",
    "Nordic Executive Search",
    "Klarhet Rekrytering",
)
FAIRS: tuple[str, ...] = ("THS Armada", "Chalmers Career Fair", "Lund Career Day", "Slush")
MEETUPS: tuple[str, ...] = (
    "Stockholm Python",
    "GBG Frontend",
    "SRE Nordics",
    "Women in Tech STHLM",
)

REJECT_EARLY: tuple[str, ...] = (
    "Not enough relevant experience",
    "Salary expectations above the range",
    "Needs visa sponsorship we cannot offer for this role",
    "Does not want to relocate",
    "The role needs fluent Swedish",
    "Did not reply to outreach",
    "Applied to the wrong role; suggested another opening",
    "Another candidate further along in the process",
)
REJECT_ASSESSMENT: tuple[str, ...] = (
    "Technical test below the bar",
    "Case study lacked depth on trade-offs",
    "Portfolio does not show end-to-end work",
    "Did not submit the assignment in time",
)
REJECT_INTERVIEW: tuple[str, ...] = (
    "Another candidate was a stronger match",
    "Interview panel not convinced on system design",
    "Communication concerns raised in the interviews",
    "Role put on hold after the interviews",
)
REJECT_OFFER: tuple[str, ...] = (
    "Offer declined: accepted a counter-offer",
    "Offer declined: compensation",
    "Offer declined: chose another company",
)
POSITION_FILLED = "Position filled"

# Comments of interview feedback, by rating 1-4.
FEEDBACK_COMMENTS: dict[int, tuple[str, ...]] = {
    1: (
        "Struggled with the basics of the exercise and could not explain the approach.",
        "Answers stayed vague; no concrete examples from past work.",
        "Not a fit for the level we need right now.",
    ),
    2: (
        "Solid fundamentals but shaky under follow-up questions.",
        "Good energy, but the experience is thinner than the CV suggests.",
        "Would need a lot of support in the first months.",
        "Reasonable answers, but I did not see ownership of outcomes.",
    ),
    3: (
        "Clear thinking and good collaboration during the pairing session.",
        "Strong on the domain; a few gaps in testing that are easy to close.",
        "Asked sharp questions about the team and how we work. Would enjoy working with them.",
        "Good structure in the case; pragmatic trade-offs.",
    ),
    4: (
        "Outstanding: drove the design discussion and simplified the problem elegantly.",
        "One of the best interviews I have had this year. Hire.",
        "Deep experience exactly where we are weakest; raises the bar of the team.",
    ),
}

# Notes recruiters and hiring managers keep; fields come from the candidate.
NOTES: tuple[str, ...] = (
    "Phone screen done. {first} is looking for {salary} SEK a month; notice period {notice}.",
    "{first} prefers hybrid work, two days a week in the {city} office.",
    "Spoke at a meetup about {skill}; worth keeping in touch with.",
    "Referred by a former colleague who rates {first} highly.",
    "Asked to be contacted again after the summer.",
    "Has a competing offer; wants an answer within two weeks.",
    "Open to relocating to Sweden; would need help with housing.",
    "Very strong in {skill}. Less experience with people management.",
    "Availability: free for interviews on {weekday} afternoons.",
    "Salary expectation {salary} SEK/month, flexible for the right team.",
    "Left a voicemail, followed up by e-mail.",
    "Candidate asked about our parental leave policy and remote days.",
    "Great portfolio; check the {skill} case in particular.",
    "Not the right time for {first}; suggested we reconnect in six months.",
    "Reference check with previous manager: positive, reliable, good team player.",
    "Interested in the team lead track later on.",
    "Prefers to interview in English.",
    "Notice period {notice}; could start earlier if needed.",
)
SALARIES: tuple[str, ...] = ("42 000", "48 000", "55 000", "62 000", "70 000", "78 000", "85 000")
NOTICES: tuple[str, ...] = ("one month", "two months", "three months", "two weeks")
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

# (name, description, which candidates belong)
POOLS: tuple[tuple[str, str, str], ...] = (
    (
        "Silver medalists",
        "Strong candidates who reached the interviews or an offer but were not hired: "
        "first call for the next opening.",
        "silver",
    ),
    (
        "Nordic engineering network",
        "Engineers we met at meetups, fairs and through referrals; keep warm.",
        TECH,
    ),
    (
        "Sales & success bench",
        "Commercial talent to approach when the next sales or customer success role opens.",
        BUSINESS,
    ),
)

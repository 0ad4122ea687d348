"""Hand annotation decisions for bbc_facts.jsonl.

Names and indices only; build.py computes the offsets.

Quote indices k refer to build.quote_candidates(text); see GUIDELINES.md for what counts.
Candidates left out are noted in the comment of each story.
"""

LON, CAM, OXF = 2643743, 2653941, 2640729

SPEC = {
    "tech/025.txt": {  # no city (US, Japan, Europe only)
        "places": [],
        "quotes": [(0, "Kaz Hirai", ["Kaz Hirai"])],
    },
    "tech/104.txt": {  # q0 a term (not speech); "London University" is an organization
        "places": [("Cambridge", "all", CAM), ("London", [1], LON)],
        "quotes": [
            (1, "Caroline Pelletier", ["Caroline Pelletier"]),
            (2, "Caroline Pelletier", ["Caroline Pelletier"]),
            (3, "Diane Carr", ["Diane Carr"]),
            (4, "Dr Andrew Burn", ["Dr Andrew Burn"]),
            (5, "Dr Andrew Burn", ["Dr Andrew Burn"]),
            (6, "Roger Bennett", ["Roger Bennett"]),
            (7, "Roger Bennett", ["Roger Bennett"]),
        ],
    },
    "tech/057.txt": {  # q2, q3: fragments attributed to Bafta
        "places": [("London", "all", LON)],
        "quotes": [
            (0, "Grant Dean", ["Grant Dean"]),
            (1, "Grant Dean", ["Grant Dean"]),
            (2, "Bafta", [("Bafta", [3])]),
            (3, "Bafta", [("Bafta", [3])]),
        ],
    },
    "business/068.txt": {
        "places": [("Delhi", "all", 1273294)],
        "quotes": [
            (0, "Dr Vancheshwar", ["Dr Vancheshwar"]),
            (1, "Dr Vancheshwar", ["Dr Vancheshwar"]),
            (2, "Kamal Nath", ["Kamal Nath", "Mr Nath"]),
            (3, "Anshuman Magazine", ["Anshuman Magazine"]),
            (4, "Chittabrata Majumdar", ["Chittabrata Majumdar", "Mr Majumdar"]),
            (5, "Chittabrata Majumdar", ["Chittabrata Majumdar", "Mr Majumdar"]),
        ],
    },
    "politics/407.txt": {  # Brent South is a constituency; q9 the reporters' question, not speech
        "places": [("Soweto", "all", 953781)],
        "quotes": [
            (0, "Paul Boateng", ["Paul Boateng", "Mr Boateng", "Paul"]),
            (1, "Tony Blair", ["Tony Blair", "Mr Blair"]),
            (2, "Tony Blair", ["Tony Blair", "Mr Blair"]),
            (3, "Gordon Brown", ["Gordon Brown"]),
            (4, "Gordon Brown", ["Gordon Brown"]),
            (5, "Gordon Brown", ["Gordon Brown"]),
            (6, "Gordon Brown", ["Gordon Brown"]),
            (7, "Paul Boateng", ["Paul Boateng", "Mr Boateng", "Paul"]),
            (8, "Paul Boateng", ["Paul Boateng", "Mr Boateng", "Paul"]),
            (10, "Paul Boateng", ["Paul Boateng", "Mr Boateng", "Paul"]),
            (11, "Paul Boateng", ["Paul Boateng", "Mr Boateng", "Paul"]),
            (12, "Michael Ancram", ["Michael Ancram"]),
        ],
    },
    "business/442.txt": {  # the story also spells him "Mr Mafeca"
        "places": [("Maseru", "all", 932505)],
        "quotes": [
            (0, "Billy Macaefa", ["Billy Macaefa", "Mr Macaefa", "Mr Mafeca"]),
            (1, "Billy Macaefa", ["Billy Macaefa", "Mr Macaefa", "Mr Mafeca"]),
        ],
    },
    "politics/057.txt": {
        # q0 the remit's wording, q5 a passive description: no sayer; Oxford University
        # and University of London are organizations, Oxford after Oriel College locates the college
        "places": [("Oxford", [1], OXF)],
        "quotes": [
            (1, "Al Aynsley-Green", ["Al Aynsley-Green", "Prof Aynsley-Green"]),
            (2, "Al Aynsley-Green", ["Al Aynsley-Green", "Prof Aynsley-Green"]),
            (3, "Al Aynsley-Green", ["Al Aynsley-Green", "Prof Aynsley-Green"]),
            (4, "Ruth Kelly", ["Ruth Kelly"]),
        ],
    },
    "politics/150.txt": {
        "places": [("London", "all", LON), ("Baghdad", "all", 98182)],
        "quotes": [
            (0, "George Galloway", ["George Galloway", "Mr Galloway"]),
            (1, "George Galloway", ["George Galloway", "Mr Galloway"]),
            (2, "George Galloway", ["George Galloway", "Mr Galloway"]),
            (3, "a spokesman for George Galloway", [("A spokesman", [0])]),
        ],
    },
    "sport/199.txt": {  # Parma = the club; Stamford Bridge = the stadium; no city
        "places": [],
        "quotes": [(k, "Chelsea", [("Chelsea", [3, 5])]) for k in range(5)]
        + [(5, "a Fifa spokesman", ["a Fifa spokesman"])]
        + [(k, "Michelle Verroken", ["Michelle Verroken", "Verroken"]) for k in (6, 7, 8)],
    },
    "sport/065.txt": {  # London/New York/Boston Marathon = event titles; London [4] and
        # q3's Boston/London = the races; David Bedford a surname; Bedford [1] = where she is from
        "places": [
            ("London", [0, 2, 3], LON),
            ("Chicago", "all", 4887398),
            ("Athens", "all", 264371),
            ("Bedford", [1], 2656046),
            ("New York", [1], 5128581),
        ],
        "quotes": [(0, "David Bedford", ["David Bedford"]), (1, "David Bedford", ["David Bedford"])]
        + [(k, "Paula Radcliffe", ["Paula Radcliffe", "Radcliffe"]) for k in (3, 4, 5, 6)],
    },
    "tech/166.txt": {  # New York = the state's health department team, not the city
        "places": [("Albany", "all", 5106834)],
        "quotes": [
            (0, "Jonathan Wolpaw and Dennis McFarlane", ["Jonathan Wolpaw", "Dennis McFarlane"]),
            (
                1,
                "the researchers (Jonathan Wolpaw, Dennis McFarlane)",
                ["Jonathan Wolpaw", "Dennis McFarlane", ("the researchers", [0])],
            ),
        ],
    },
    "entertainment/365.txt": {
        "places": [("Las Vegas", "all", 5506956)],
        "quotes": [
            (k, "Carol Mendelsohn", ["Carol Mendelsohn", "Ms Mendelsohn", "Mendelsohn"])
            for k in range(4)
        ],
    },
    "tech/236.txt": {  # Michigan/Stanford/Harvard/Oxford/New York [library] = the institutions
        "places": [],
        "quotes": [
            (0, "Susan Wojcicki", ["Susan Wojcicki"]),
            (1, "a spokeswoman for Oxford University", ["A spokeswoman for Oxford University"]),
            (2, "Reg Carr", ["Reg Carr"]),
            (3, "Paul LeClerc", ["Paul LeClerc"]),
            (4, "Paul LeClerc", ["Paul LeClerc"]),
        ]
        + [(k, "John Wilkin", ["John Wilkin"]) for k in (5, 6, 7)],
    },
    "entertainment/239.txt": {  # University of Warwick / Warwick [2] = the university
        "places": [("London", "all", LON)],
        "quotes": [
            (0, "James Bourne", ["James Bourne", "Bourne"]),
            (1, "Charlie Simpson", ["Charlie Simpson", "Simpson", "Charlie"]),
            (2, "Charlie Simpson", ["Charlie Simpson", "Simpson", "Charlie"]),
            (3, "Mike Eccleshall", ["Mike Eccleshall"]),
            (4, "Helen Clutterbuck", ["Helen Clutterbuck"]),
            (5, "Helen Clutterbuck", ["Helen Clutterbuck"]),
            (6, "Ryan Crabbe and Gordon Rennie", ["Ryan Crabbe", "Gordon Rennie"]),
        ],
    },
    "sport/166.txt": {  # Southampton, Sheffield Wednesday, Arsenal = clubs; q6 is a stray mark
        "places": [],
        "quotes": [(k, "Harry Redknapp", ["Harry Redknapp", "Redknapp"]) for k in (0, 1)]
        + [(k, "David Prutton", ["David Prutton", "Prutton"]) for k in (2, 3, 4, 5)],
    },
    "politics/369.txt": {
        # Heathrow/Stansted/Luton/Gatwick/Edinburgh/Glasgow (airports) = facilities;
        # Stop Stansted Expansion an organization; the London boroughs as places (GPE
        # reading); q6 stray mark
        "places": [
            ("London", "all", LON),
            ("Hillingdon", "all", 2646895),
            ("Wandsworth", "all", 2634812),
        ],
        "quotes": [
            (0, "a BAA spokesman", ["a BAA spokesman"]),
            (1, "Stop Stansted Expansion", [("Stop Stansted Expansion", [1])]),
            (2, "Peter Sanders", ["Peter Sanders"]),
        ]
        + [(k, "John Stewart", ["John Stewart"]) for k in (3, 4, 5)],
    },
    "entertainment/279.txt": {  # Jefferson Parish = a county
        "places": [("New Orleans", "all", 4335045)],
        "quotes": [
            (0, "Harry Lee", ["Harry Lee", "Mr Lee"]),
            (1, "Harry Lee", ["Harry Lee", "Mr Lee"]),
        ]
        + [(k, "Ron Rakosky", ["Ron Rakosky", "Mr Rakosky"]) for k in (2, 3, 4, 5)]
        + [(6, "Beverly Siemssen", ["Beverly Siemssen"])],
    },
    "sport/352.txt": {  # Ireland, England, Wales... = national teams / countries
        "places": [("Cardiff", "all", 2653822)],
        "quotes": [(k, "Keith Wood", ["Keith Wood", "Wood"]) for k in range(6)],
    },
    "politics/133.txt": {
        # Ealing North = a constituency; Las Vegas as a style modifier is the city
        "places": [("Las Vegas", "all", 5506956), ("Blackpool", "all", 2655459)],
        "quotes": [
            (0, "Tessa Jowell", ["Tessa Jowell", "Ms Jowell", "Jowell"]),
            (1, "Stephen Pound", ["Stephen Pound", "Mr Pound"]),
            (2, "Stephen Pound", ["Stephen Pound", "Mr Pound"]),
            (3, "Stephen Pound", ["Stephen Pound", "Mr Pound"]),
        ]
        + [(k, "Tessa Jowell", ["Tessa Jowell", "Ms Jowell", "Jowell"]) for k in (4, 5, 6, 7)],
    },
    "entertainment/193.txt": {
        # "CSI: Miami", "CSI: New York" = titles; West Virginia = state/university
        "places": [("Washington DC", "all", 4140963)],
        "quotes": [(k, "Max Houck", ["Max Houck", "Dr Houck"]) for k in (0, 1, 4, 5, 6, 7)]
        + [(k, "Dr Patricia McFeeley", ["Dr Patricia McFeeley", "Dr McFeeley"]) for k in (2, 3)],
    },
    "sport/257.txt": {  # Spain/England = teams; Arsenal a club; q3 a stray mark
        "places": [("Madrid", "all", 3117735)],
        "quotes": [(k, "Luis Aragones", ["Luis Aragones", "Aragones"]) for k in (0, 1, 2)]
        + [(k, "Jaime Lissavetzky", ["Jaime Lissavetzky"]) for k in (4, 5)],
    },
    "entertainment/093.txt": {
        # Hollywood (the LA district) as a place; Hollywood Boulevard a street
        "places": [("Hollywood", [0, 1, 3, 4], 5357527)],
        "quotes": [(k, "Shogo Tomiyama", ["Shogo Tomiyama"]) for k in (0, 1, 6)]
        + [(k, "Johnny Grant", ["Johnny Grant"]) for k in (2, 3)]
        + [(k, "Ryuhei Kitamura", ["Ryuhei Kitamura"]) for k in (4, 5)],
    },
    "business/388.txt": {  # no city (Venezuela; El Charcote is a ranch)
        "places": [],
        "quotes": [(k, "Jose Vicente Rangel", ["Jose Vicente Rangel", "Mr Rangel"]) for k in (0, 1)]
        + [(k, "Arnoldo Marquez", ["Arnoldo Marquez", "Mr Marquez"]) for k in (2, 3)],
    },
    "business/097.txt": {  # the headline's single-marked phrase not counted
        "places": [("Dublin", "all", 2964574)],
        "quotes": [(k, "John Snow", ["John Snow", "Mr Snow"]) for k in (0, 2, 3, 4)]
        + [(1, "policy makers in Europe", ["Policy makers in Europe"])]
        + [(k, "Carsten Fritsch", ["Carsten Fritsch"]) for k in (5, 6)],
    },
    # ---- second batch (select_stories.py --batch2, seed 31), all heldout, annotated blind
    "politics/075.txt": {
        # q1 "Nazi" names the comment (a term); q11 kept: words of Johnson's apology
        # ("apologised for perpetuating"); Liverpool football fans = the club's fans;
        # Henley-on-Thames, Oxfordshire = his constituency; Evening Standard a newspaper
        "places": [("London", "all", LON), ("Liverpool", [0], 2644210)],
        "quotes": [
            (k, "Boris Johnson", ["Boris Johnson", "Mr Johnson", "Boris"])
            for k in (0, 2, 6, 7, 8, 9, 10, 11, 12, 13)
        ]
        + [
            (k, "Ken Livingstone", ["Ken Livingstone", "Mr Livingstone", ("Ken", [3, 4])])
            for k in (3, 4)
        ]
        + [(5, "Tony Blair", ["Tony Blair", "Mr Blair"])],
    },
    "politics/409.txt": {  # q0 the delegates' declaration; q2 "failure" a fragment of Fox's speech
        "places": [("Brighton", "all", 2654710), ("London", "all", LON)],
        "quotes": [(0, "Tory delegates", ["Tory delegates"])]
        + [(k, "Liam Fox", ["Liam Fox", "Dr Fox"]) for k in (1, 2, 3)],
    },
    "politics/035.txt": {  # Downing Street = the talks' venue/government, not a city
        "places": [("Brussels", "all", 2800866)],
        "quotes": [
            (k, "Mr Blair's official spokesman", ["Mr Blair's official spokesman"]) for k in (0, 1)
        ],
    },
    "politics/065.txt": {  # Guantanamo Bay = the camp; q0 the Home Office letter
        "places": [("Croydon", "all", 2651817), ("London", "all", LON)],
        "quotes": [
            (0, "the Home Office", ["Home Office"]),
            (1, "Mark Oaten", ["Mark Oaten"]),
            (2, "Amnesty International UK", ["Amnesty International UK"]),
            (3, "Kate Allen", ["Kate Allen"]),
            (4, "the Pentagon", ["Pentagon"]),
        ],
    },
    "entertainment/269.txt": {
        # "the Berlin film festival" (lower case) locates the festival; "Berlin Film Festival"
        # [1] = the event's name
        "places": [("Berlin", [0], 2950159), ("Los Angeles", "all", 5368361)],
        "quotes": [(k, "George Michael", ["George Michael", "Michael"]) for k in range(8)],
    },
    "entertainment/099.txt": {
        # London Film Festival = an event; Hollywood actor = the film industry; South Wales a region
        "places": [],
        "quotes": [(0, "Judges", ["Judges"])],
    },
    "entertainment/325.txt": {
        # q0 "fiery" a scare quote (no sayer); Hollywood x3 = the film industry; Texas a state
        "places": [("London", "all", LON)],
        "quotes": [],
    },
    "entertainment/345.txt": {  # Us magazine = Us Weekly
        "places": [("Los Angeles", "all", 5368361)],
        "quotes": [
            (k, "Britney Spears", ["Britney Spears", "Spears", "Britney"]) for k in (0, 1, 2)
        ]
        + [(k, "Us Weekly", ["Us Weekly", "Us magazine"]) for k in (3, 4)],
    },
    "tech/205.txt": {  # UK Online a company
        "places": [
            ("London", "all", LON),
            ("Birmingham", "all", 2655603),
            ("Glasgow", "all", 2648579),
            ("Cambridge", "all", CAM),
        ],
        "quotes": [(k, "Chris Stening", ["Chris Stening", "Mr Stening"]) for k in range(4)],
    },
    "tech/365.txt": {  # Engerwitzdorf (village) incl. "the Engerwitzdorf scheme"
        "places": [("Engerwitzdorf", "all", 2780057), ("Vienna", "all", 2761369)],
        "quotes": [(k, "Rudolf Fischer", ["Rudolf Fischer", "Mr Fischer"]) for k in range(5)],
    },
    "tech/119.txt": {
        # Kentish Town (London district) is not in the gazetteer; David Rubin [1] = the firm
        "places": [
            ("Cambridge", "all", CAM),
            ("London", "all", LON),
            ("Edgware", "all", 2650228),
            ("Kentish Town", "all", None, "GB", 51.5503, -0.1404),
        ],
        "quotes": [(k, "David Rubin", [("David Rubin", [0]), "Mr Rubin"]) for k in (0, 1, 2)]
        + [(3, "a former employee", [("One", [0])])],
    },
    "tech/289.txt": {  # St Katherine's dock a dock
        "places": [("New York", "all", 5128581), ("Newbury", "all", 2641689)],
        "quotes": [(k, "Mike Caudwell", ["Mike Caudwell", "Mr Caudwell"]) for k in range(4)],
    },
    "sport/155.txt": {  # Liverpool, Bayer Leverkusen = clubs; Anfield a stadium; no city
        "places": [],
        "quotes": [(k, "Rafael Benitez", ["Rafael Benitez", "Benitez"]) for k in range(11)],
    },
    "sport/245.txt": {
        # Real Madrid/Madrid, Barcelona, Real Sociedad = clubs; "a win at Albacete" = the club's
        # ground; Bernabeu a stadium; no city
        "places": [],
        "quotes": [(k, "Florentino Perez", ["Florentino Perez"]) for k in (0, 1)]
        + [(2, "Guti", ["Guti"])],
    },
    "sport/435.txt": {  # Dubai Championships = the event
        "places": [("Hyderabad", "all", 1269843)],
        "quotes": [(k, "Sania Mirza", ["Sania Mirza", "Mirza"]) for k in (0, 1, 2)]
        + [(k, "Daniela Hantuchova", ["Daniela Hantuchova", "Hantuchova"]) for k in (3, 4)],
    },
    "sport/389.txt": {  # Leicester = the club; countries only; no city
        "places": [],
        "quotes": [
            (k, "Lawrence Dallaglio", ["Lawrence Dallaglio", "Dallaglio"]) for k in range(6)
        ],
    },
}


# from select_stories.py (seed 19; halves by random.Random(20).shuffle); the second batch
# (select_stories.py --batch2, seed 31) is all heldout
HALF = {
    "tech/025.txt": "dev",
    "tech/104.txt": "dev",
    "tech/057.txt": "dev",
    "business/068.txt": "dev",
    "politics/407.txt": "dev",
    "business/442.txt": "dev",
    "politics/057.txt": "dev",
    "politics/150.txt": "dev",
    "sport/199.txt": "dev",
    "sport/065.txt": "dev",
    "tech/166.txt": "dev",
    "entertainment/365.txt": "dev",
    "tech/236.txt": "heldout",
    "entertainment/239.txt": "heldout",
    "sport/166.txt": "heldout",
    "politics/369.txt": "heldout",
    "entertainment/279.txt": "heldout",
    "sport/352.txt": "heldout",
    "politics/133.txt": "heldout",
    "entertainment/193.txt": "heldout",
    "sport/257.txt": "heldout",
    "entertainment/093.txt": "heldout",
    "business/388.txt": "heldout",
    "business/097.txt": "heldout",
    "politics/075.txt": "heldout",
    "politics/409.txt": "heldout",
    "politics/035.txt": "heldout",
    "politics/065.txt": "heldout",
    "entertainment/269.txt": "heldout",
    "entertainment/099.txt": "heldout",
    "entertainment/325.txt": "heldout",
    "entertainment/345.txt": "heldout",
    "tech/205.txt": "heldout",
    "tech/365.txt": "heldout",
    "tech/119.txt": "heldout",
    "tech/289.txt": "heldout",
    "sport/155.txt": "heldout",
    "sport/245.txt": "heldout",
    "sport/435.txt": "heldout",
    "sport/389.txt": "heldout",
}

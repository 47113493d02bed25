/*
 * The data behind the fake module: names, places, companies, products
 * and small word lists (prose templates are in fake_data_text.c).
 * Weights are relative frequencies: first names and surnames roughly
 * follow their counts in the US population (SSA and 2010 census tables,
 * in thousands, with the Hispanic and Asian names common in California
 * kept), cities roughly follow population tilted towards cannabis hubs.
 * City rows hold real ZIP codes and the area codes that serve them.
 * Company, brand and strain names other than the real strain names are
 * invented.
 */
#include "fake_data.h"


const struct fk_wstr fk_first_names[] = {
	{ "James", 4800 }, { "Robert", 4700 }, { "John", 4500 }, { "Michael", 4400 },
	{ "David", 3600 }, { "William", 3600 }, { "Mary", 3200 }, { "Richard", 2500 },
	{ "Joseph", 2500 }, { "Thomas", 2300 }, { "Charles", 2200 }, { "Christopher", 2000 },
	{ "Daniel", 1900 }, { "Matthew", 1600 }, { "Patricia", 1600 }, { "Elizabeth", 1600 },
	{ "Jennifer", 1500 }, { "Linda", 1450 }, { "Anthony", 1400 }, { "Barbara", 1400 },
	{ "George", 1400 }, { "Mark", 1350 }, { "Donald", 1350 }, { "Steven", 1300 },
	{ "Andrew", 1250 }, { "Paul", 1200 }, { "Joshua", 1200 }, { "Kenneth", 1100 },
	{ "Kevin", 1100 }, { "Brian", 1100 }, { "Susan", 1100 }, { "Jessica", 1050 },
	{ "Timothy", 1000 }, { "Ronald", 1000 }, { "Jason", 1000 }, { "Edward", 1000 },
	{ "Karen", 1000 }, { "Sarah", 1000 }, { "Margaret", 1000 }, { "Jeffrey", 980 },
	{ "Nancy", 980 }, { "Lisa", 970 }, { "Ryan", 950 }, { "Jacob", 940 },
	{ "Nicholas", 900 }, { "Gary", 900 }, { "Eric", 870 }, { "Sandra", 870 },
	{ "Jonathan", 850 }, { "Ashley", 850 }, { "Emily", 850 }, { "Stephen", 840 },
	{ "Kimberly", 840 }, { "Donna", 820 }, { "Michelle", 820 }, { "Larry", 800 },
	{ "Justin", 800 }, { "Carol", 800 }, { "Scott", 780 }, { "Amanda", 770 },
	{ "Brandon", 760 }, { "Melissa", 760 }, { "Benjamin", 750 }, { "Deborah", 740 },
	{ "Stephanie", 740 }, { "Samuel", 720 }, { "Gregory", 700 }, { "Alexander", 700 },
	{ "Patrick", 680 }, { "Frank", 680 }, { "Rebecca", 680 }, { "Raymond", 670 },
	{ "Sharon", 670 }, { "Laura", 670 }, { "Cynthia", 660 }, { "Jack", 650 },
	{ "Amy", 640 }, { "Dennis", 620 }, { "Jerry", 620 }, { "Kathleen", 620 },
	{ "Angela", 620 }, { "Tyler", 600 }, { "Emma", 600 }, { "Brenda", 600 },
	{ "Helen", 600 }, { "Pamela", 590 }, { "Aaron", 580 }, { "Nicole", 580 },
	{ "Anna", 580 }, { "Jose", 560 }, { "Adam", 560 }, { "Samantha", 570 },
	{ "Katherine", 560 }, { "Nathan", 550 }, { "Henry", 550 }, { "Christine", 530 },
	{ "Debra", 530 }, { "Zachary", 520 }, { "Douglas", 520 }, { "Rachel", 520 },
	{ "Carolyn", 510 }, { "Peter", 500 }, { "Kyle", 500 }, { "Janet", 500 },
	{ "Maria", 500 }, { "Olivia", 500 }, { "Virginia", 500 }, { "Heather", 490 },
	{ "Noah", 480 }, { "Catherine", 480 }, { "Diane", 480 }, { "Ethan", 470 },
	{ "Jeremy", 470 }, { "Julie", 470 }, { "Victoria", 460 }, { "Christian", 450 },
	{ "Walter", 450 }, { "Keith", 450 }, { "Lauren", 450 }, { "Kelly", 450 },
	{ "Austin", 440 }, { "Christina", 440 }, { "Sean", 420 }, { "Hannah", 420 },
	{ "Andrea", 420 }, { "Megan", 410 }, { "Dylan", 400 }, { "Jordan", 400 },
	{ "Cheryl", 400 }, { "Jacqueline", 400 }, { "Madison", 400 }, { "Teresa", 400 },
	{ "Jesse", 380 }, { "Bryan", 380 }, { "Abigail", 380 }, { "Sophia", 380 },
	{ "Martha", 380 }, { "Gabriel", 370 }, { "Carlos", 370 }, { "Logan", 350 },
	{ "Alan", 350 }, { "Juan", 350 }, { "Luis", 350 }, { "Sara", 360 },
	{ "Gloria", 360 }, { "Kathryn", 350 }, { "Isabella", 340 }, { "Elijah", 330 },
	{ "Vincent", 320 }, { "Charlotte", 330 }, { "Julia", 330 }, { "Grace", 330 },
	{ "Amber", 330 }, { "Denise", 320 }, { "Danielle", 310 }, { "Caleb", 300 },
	{ "Russell", 300 }, { "Lucas", 300 }, { "Natalie", 300 }, { "Diana", 290 },
	{ "Brittany", 290 }, { "Kayla", 280 }, { "Alexis", 280 }, { "Tiffany", 260 },
	{ "Antonio", 250 }, { "Jesus", 250 }, { "Miguel", 220 }, { "Francisco", 200 },
	{ "Veronica", 200 }, { "Ana", 200 }, { "Alejandro", 150 }, { "Manuel", 150 },
	{ "Sofia", 150 }, { "Rosa", 150 }, { "Ricardo", 120 }, { "Javier", 120 },
	{ "Guadalupe", 120 }, { "Adriana", 100 }, { "Gabriela", 100 }, { "Daniela", 100 },
	{ "Vivian", 100 }, { "Jasmine", 160 }, { "Aiden", 140 }, { "Mia", 180 },
	{ "Chloe", 150 }, { "Zoe", 120 }, { "José", 180 }, { "Ramón", 40 },
	{ "Mei", 40 }, { "Wei", 50 }, { "Minh", 30 }, { "Linh", 30 },
	{ "Priya", 40 }, { "Raj", 30 }, { "Hiroshi", 15 }, { "Kenji", 15 },
	{ "Ji-woo", 10 }, { "Tuan", 20 }, { "Anh", 30 }, { "Arjun", 25 },
};
FK_DEFINE_N(fk_first_names);

const struct fk_wstr fk_last_names[] = {
	{ "Smith", 2442 }, { "Johnson", 1933 }, { "Williams", 1625 }, { "Brown", 1437 },
	{ "Jones", 1425 }, { "Garcia", 1166 }, { "Miller", 1161 }, { "Davis", 1116 },
	{ "Rodriguez", 1095 }, { "Martinez", 1060 }, { "Hernandez", 1044 }, { "Lopez", 874 },
	{ "Gonzalez", 841 }, { "Wilson", 801 }, { "Anderson", 784 }, { "Thomas", 756 },
	{ "Taylor", 751 }, { "Moore", 724 }, { "Jackson", 708 }, { "Martin", 703 },
	{ "Lee", 693 }, { "Perez", 681 }, { "Thompson", 664 }, { "White", 660 },
	{ "Harris", 624 }, { "Sanchez", 612 }, { "Clark", 562 }, { "Ramirez", 557 },
	{ "Lewis", 531 }, { "Robinson", 529 }, { "Walker", 523 }, { "Young", 484 },
	{ "Allen", 482 }, { "King", 465 }, { "Wright", 458 }, { "Scott", 439 },
	{ "Torres", 437 }, { "Nguyen", 437 }, { "Hill", 434 }, { "Flores", 433 },
	{ "Green", 430 }, { "Adams", 427 }, { "Nelson", 424 }, { "Baker", 419 },
	{ "Hall", 407 }, { "Rivera", 404 }, { "Campbell", 396 }, { "Mitchell", 392 },
	{ "Carter", 387 }, { "Roberts", 386 }, { "Gomez", 366 }, { "Phillips", 351 },
	{ "Evans", 342 }, { "Turner", 335 }, { "Diaz", 335 }, { "Parker", 329 },
	{ "Cruz", 322 }, { "Edwards", 318 }, { "Collins", 317 }, { "Reyes", 316 },
	{ "Stewart", 310 }, { "Morris", 302 }, { "Morales", 300 }, { "Murphy", 300 },
	{ "Cook", 296 }, { "Rogers", 295 }, { "Gutierrez", 288 }, { "Ortiz", 286 },
	{ "Morgan", 285 }, { "Cooper", 281 }, { "Peterson", 279 }, { "Bailey", 277 },
	{ "Reed", 277 }, { "Kelly", 266 }, { "Howard", 265 }, { "Ramos", 263 },
	{ "Kim", 262 }, { "Cox", 262 }, { "Ward", 261 }, { "Richardson", 259 },
	{ "Watson", 253 }, { "Brooks", 251 }, { "Chavez", 250 }, { "Wood", 250 },
	{ "James", 249 }, { "Bennett", 247 }, { "Gray", 246 }, { "Mendoza", 243 },
	{ "Ruiz", 242 }, { "Hughes", 241 }, { "Price", 239 }, { "Alvarez", 238 },
	{ "Castillo", 236 }, { "Sanders", 235 }, { "Patel", 230 }, { "Myers", 230 },
	{ "Long", 229 }, { "Ross", 229 }, { "Foster", 228 }, { "Jimenez", 227 },
	{ "Powell", 224 }, { "Jenkins", 223 }, { "Perry", 222 }, { "Russell", 220 },
	{ "Sullivan", 219 }, { "Bell", 219 }, { "Coleman", 218 }, { "Butler", 216 },
	{ "Henderson", 216 }, { "Barnes", 215 }, { "Gonzales", 214 }, { "Fisher", 213 },
	{ "Vasquez", 211 }, { "Simmons", 211 }, { "Romero", 209 }, { "Jordan", 208 },
	{ "Patterson", 207 }, { "Alexander", 206 }, { "Hamilton", 204 }, { "Graham", 202 },
	{ "Reynolds", 202 }, { "Griffin", 201 }, { "Wallace", 200 }, { "Moreno", 198 },
	{ "West", 197 }, { "Cole", 196 }, { "Hayes", 195 }, { "Bryant", 193 },
	{ "Herrera", 193 }, { "Gibson", 193 }, { "Ellis", 191 }, { "Tran", 190 },
	{ "Medina", 190 }, { "Aguilar", 189 }, { "Stevens", 188 }, { "Murray", 187 },
	{ "Ford", 187 }, { "Castro", 186 }, { "Marshall", 186 }, { "Owens", 185 },
	{ "Harrison", 185 }, { "Fernandez", 184 }, { "McDonald", 183 }, { "Woods", 182 },
	{ "Washington", 178 }, { "Kennedy", 178 }, { "Wells", 177 }, { "Vargas", 177 },
	{ "Henry", 176 }, { "Chen", 176 }, { "Freeman", 175 }, { "Webb", 175 },
	{ "Tucker", 174 }, { "Guzman", 174 }, { "Burns", 174 }, { "Crawford", 173 },
	{ "Olson", 172 }, { "Simpson", 172 }, { "Porter", 171 }, { "Hunter", 171 },
	{ "Gordon", 170 }, { "Mendez", 169 }, { "Silva", 169 }, { "Shaw", 167 },
	{ "Snyder", 167 }, { "Mason", 166 }, { "Dixon", 165 }, { "Muñoz", 164 },
	{ "Hunt", 164 }, { "Hicks", 163 }, { "Holmes", 163 }, { "Palmer", 162 },
	{ "Wagner", 161 }, { "Black", 161 }, { "Robertson", 161 }, { "Boyd", 160 },
	{ "Rose", 160 }, { "Stone", 159 }, { "Salazar", 159 }, { "Fox", 158 },
	{ "Warren", 158 }, { "Mills", 157 }, { "Meyer", 157 }, { "Rice", 156 },
	{ "Schmidt", 156 }, { "Garza", 155 }, { "Daniels", 155 }, { "Ferguson", 154 },
	{ "Nichols", 154 }, { "Stephens", 153 }, { "Soto", 153 }, { "Weaver", 152 },
	{ "Ryan", 152 }, { "Gardner", 151 }, { "Payne", 151 }, { "Grant", 150 },
	{ "Dunn", 150 }, { "Spencer", 149 }, { "Hawkins", 149 }, { "Arnold", 148 },
	{ "Pierce", 148 }, { "Vazquez", 147 }, { "Hansen", 147 }, { "Santos", 146 },
	{ "Hart", 145 }, { "Bradley", 145 }, { "Knight", 145 }, { "Elliott", 144 },
	{ "Cunningham", 144 }, { "Duncan", 144 }, { "Armstrong", 143 }, { "Hudson", 143 },
	{ "Carroll", 143 }, { "Lane", 142 }, { "Riley", 142 }, { "Andrews", 142 },
	{ "Alvarado", 141 }, { "Ray", 141 }, { "Delgado", 140 }, { "Berry", 140 },
	{ "Perkins", 140 }, { "Hoffman", 139 }, { "Peña", 138 }, { "Contreras", 137 },
	{ "Sandoval", 134 }, { "Wang", 140 }, { "Li", 120 }, { "Singh", 120 },
	{ "Zhang", 110 }, { "Liu", 100 }, { "Wong", 100 }, { "Chang", 100 },
	{ "Yang", 100 }, { "Park", 100 }, { "Huang", 90 }, { "Lin", 90 },
	{ "Le", 90 }, { "Pham", 80 }, { "Wu", 80 }, { "Chan", 70 },
	{ "Lam", 60 }, { "Huynh", 50 }, { "Choi", 50 }, { "Shah", 50 },
	{ "Vu", 40 }, { "Dang", 40 }, { "Ng", 40 }, { "Cheng", 40 },
	{ "Bautista", 40 }, { "Dela Cruz", 30 }, { "Villanueva", 30 }, { "Nakamura", 12 },
	{ "Tanaka", 12 }, { "Yamamoto", 12 }, { "O'Brien", 60 }, { "O'Connor", 45 },
};
FK_DEFINE_N(fk_last_names);

const struct fk_wstr fk_mail_domains[] = {
	{ "gmail.com", 450 }, { "yahoo.com", 120 }, { "icloud.com", 90 },
	{ "outlook.com", 80 }, { "hotmail.com", 70 }, { "sbcglobal.net", 40 },
	{ "comcast.net", 30 }, { "aol.com", 20 }, { "att.net", 20 },
	{ "protonmail.com", 20 }, { "me.com", 20 }, { "live.com", 10 },
};
FK_DEFINE_N(fk_mail_domains);

/* name, county, weight, farm weight, ZIP codes, area codes */
const struct fk_city fk_cities[] = {
	{ "Los Angeles", "Los Angeles", 200, 2, { "90012", "90026", "90028", "90034", "90045", "90064" }, { 213, 323, 310 } },
	{ "San Diego", "San Diego", 70, 1, { "92101", "92103", "92104", "92109", "92115" }, { 619, 858 } },
	{ "San Jose", "Santa Clara", 50, 1, { "95110", "95112", "95123", "95125" }, { 408, 669 } },
	{ "San Francisco", "San Francisco", 60, 0, { "94102", "94103", "94110", "94114", "94117" }, { 415, 628 } },
	{ "Fresno", "Fresno", 20, 2, { "93701", "93704", "93710", "93721", "93727" }, { 559 } },
	{ "Sacramento", "Sacramento", 45, 4, { "95814", "95816", "95818", "95822", "95838" }, { 916, 279 } },
	{ "Long Beach", "Los Angeles", 30, 1, { "90802", "90803", "90804", "90813" }, { 562 } },
	{ "Oakland", "Alameda", 45, 3, { "94601", "94606", "94607", "94610", "94612" }, { 510, 341 } },
	{ "Bakersfield", "Kern", 15, 2, { "93301", "93304", "93305", "93309" }, { 661 } },
	{ "Anaheim", "Orange", 18, 0, { "92801", "92802", "92805", "92806" }, { 714, 657 } },
	{ "Santa Ana", "Orange", 18, 1, { "92701", "92703", "92704", "92705" }, { 714, 657 } },
	{ "Riverside", "Riverside", 18, 1, { "92501", "92503", "92504", "92507" }, { 951 } },
	{ "Stockton", "San Joaquin", 16, 2, { "95202", "95203", "95204", "95207" }, { 209 } },
	{ "Irvine", "Orange", 15, 0, { "92602", "92604", "92612", "92618" }, { 949 } },
	{ "Chula Vista", "San Diego", 14, 0, { "91910", "91911", "91913" }, { 619 } },
	{ "Fremont", "Alameda", 12, 0, { "94536", "94538", "94539" }, { 510 } },
	{ "San Bernardino", "San Bernardino", 14, 2, { "92401", "92404", "92407", "92410" }, { 909 } },
	{ "Modesto", "Stanislaus", 12, 3, { "95350", "95351", "95354", "95355" }, { 209 } },
	{ "Oxnard", "Ventura", 12, 3, { "93030", "93033", "93035", "93036" }, { 805 } },
	{ "Fontana", "San Bernardino", 10, 0, { "92335", "92336", "92337" }, { 909 } },
	{ "Moreno Valley", "Riverside", 10, 1, { "92551", "92553", "92555", "92557" }, { 951 } },
	{ "Glendale", "Los Angeles", 12, 0, { "91201", "91202", "91203", "91205" }, { 818, 747 } },
	{ "Huntington Beach", "Orange", 11, 0, { "92646", "92647", "92648", "92649" }, { 714 } },
	{ "Santa Clarita", "Los Angeles", 10, 0, { "91350", "91351", "91355", "91387" }, { 661 } },
	{ "Oceanside", "San Diego", 9, 0, { "92054", "92056", "92057" }, { 760, 442 } },
	{ "Rancho Cucamonga", "San Bernardino", 8, 0, { "91701", "91730", "91737", "91739" }, { 909 } },
	{ "Ontario", "San Bernardino", 9, 0, { "91761", "91762", "91764" }, { 909 } },
	{ "Santa Rosa", "Sonoma", 18, 14, { "95401", "95403", "95404", "95405", "95407", "95409" }, { 707 } },
	{ "Elk Grove", "Sacramento", 8, 1, { "95624", "95757", "95758" }, { 916 } },
	{ "Corona", "Riverside", 8, 0, { "92879", "92880", "92881", "92882" }, { 951 } },
	{ "Lancaster", "Los Angeles", 8, 4, { "93534", "93535", "93536" }, { 661 } },
	{ "Palmdale", "Los Angeles", 7, 2, { "93550", "93551", "93552" }, { 661 } },
	{ "Salinas", "Monterey", 10, 25, { "93901", "93905", "93906", "93907" }, { 831 } },
	{ "Hayward", "Alameda", 9, 1, { "94541", "94542", "94544", "94545" }, { 510 } },
	{ "Pomona", "Los Angeles", 8, 0, { "91766", "91767", "91768" }, { 909 } },
	{ "Sunnyvale", "Santa Clara", 8, 0, { "94085", "94086", "94087", "94089" }, { 408 } },
	{ "Escondido", "San Diego", 7, 1, { "92025", "92026", "92027", "92029" }, { 760 } },
	{ "Torrance", "Los Angeles", 8, 0, { "90501", "90503", "90504", "90505" }, { 310, 424 } },
	{ "Pasadena", "Los Angeles", 9, 0, { "91101", "91103", "91104", "91106", "91107" }, { 626 } },
	{ "Orange", "Orange", 7, 0, { "92865", "92866", "92867", "92868", "92869" }, { 714 } },
	{ "Fullerton", "Orange", 7, 0, { "92831", "92832", "92833", "92835" }, { 714 } },
	{ "Visalia", "Tulare", 7, 3, { "93277", "93291", "93292" }, { 559 } },
	{ "Concord", "Contra Costa", 7, 0, { "94518", "94519", "94520", "94521" }, { 925 } },
	{ "Santa Clara", "Santa Clara", 7, 0, { "95050", "95051", "95054" }, { 408 } },
	{ "Vallejo", "Solano", 8, 1, { "94589", "94590", "94591" }, { 707 } },
	{ "Berkeley", "Alameda", 12, 0, { "94702", "94703", "94704", "94705", "94709", "94710" }, { 510 } },
	{ "Fairfield", "Solano", 6, 1, { "94533", "94534" }, { 707 } },
	{ "Richmond", "Contra Costa", 7, 1, { "94801", "94804", "94805", "94806" }, { 510 } },
	{ "Antioch", "Contra Costa", 6, 1, { "94509", "94531" }, { 925 } },
	{ "Ventura", "Ventura", 6, 1, { "93001", "93003", "93004" }, { 805 } },
	{ "Daly City", "San Mateo", 5, 0, { "94014", "94015" }, { 650 } },
	{ "Santa Barbara", "Santa Barbara", 9, 2, { "93101", "93103", "93105", "93109", "93110" }, { 805 } },
	{ "San Luis Obispo", "San Luis Obispo", 6, 4, { "93401", "93405" }, { 805 } },
	{ "Santa Cruz", "Santa Cruz", 10, 4, { "95060", "95062", "95065" }, { 831 } },
	{ "Monterey", "Monterey", 5, 1, { "93940" }, { 831 } },
	{ "Napa", "Napa", 5, 1, { "94558", "94559" }, { 707 } },
	{ "Redding", "Shasta", 6, 6, { "96001", "96002", "96003" }, { 530 } },
	{ "Chico", "Butte", 6, 6, { "95926", "95928", "95973" }, { 530 } },
	{ "Eureka", "Humboldt", 10, 30, { "95501", "95503" }, { 707 } },
	{ "Arcata", "Humboldt", 8, 25, { "95521" }, { 707 } },
	{ "Fortuna", "Humboldt", 3, 15, { "95540" }, { 707 } },
	{ "Garberville", "Humboldt", 2, 40, { "95542" }, { 707 } },
	{ "Redway", "Humboldt", 1, 25, { "95560" }, { 707 } },
	{ "McKinleyville", "Humboldt", 2, 10, { "95519" }, { 707 } },
	{ "Ukiah", "Mendocino", 5, 30, { "95482" }, { 707 } },
	{ "Willits", "Mendocino", 2, 25, { "95490" }, { 707 } },
	{ "Laytonville", "Mendocino", 1, 20, { "95454" }, { 707 } },
	{ "Fort Bragg", "Mendocino", 2, 10, { "95437" }, { 707 } },
	{ "Crescent City", "Del Norte", 2, 4, { "95531" }, { 707 } },
	{ "Weaverville", "Trinity", 1, 20, { "96093" }, { 530 } },
	{ "Hayfork", "Trinity", 1, 15, { "96041" }, { 530 } },
	{ "Clearlake", "Lake", 2, 12, { "95422" }, { 707 } },
	{ "Lakeport", "Lake", 2, 10, { "95453" }, { 707 } },
	{ "Sebastopol", "Sonoma", 3, 10, { "95472" }, { 707 } },
	{ "Petaluma", "Sonoma", 5, 6, { "94952", "94954" }, { 707 } },
	{ "San Rafael", "Marin", 5, 0, { "94901", "94903" }, { 415 } },
	{ "Novato", "Marin", 4, 1, { "94945", "94947", "94949" }, { 415 } },
	{ "Palm Springs", "Riverside", 8, 2, { "92262", "92264" }, { 760 } },
	{ "Desert Hot Springs", "Riverside", 4, 25, { "92240" }, { 760, 442 } },
	{ "Coachella", "Riverside", 3, 20, { "92236" }, { 760, 442 } },
	{ "Cathedral City", "Riverside", 4, 8, { "92234" }, { 760 } },
	{ "Adelanto", "San Bernardino", 2, 20, { "92301" }, { 760, 442 } },
	{ "Victorville", "San Bernardino", 6, 4, { "92392", "92394", "92395" }, { 760, 442 } },
	{ "Merced", "Merced", 5, 3, { "95340", "95348" }, { 209 } },
	{ "Turlock", "Stanislaus", 4, 2, { "95380", "95382" }, { 209 } },
	{ "Lodi", "San Joaquin", 4, 2, { "95240", "95242" }, { 209 } },
	{ "Davis", "Yolo", 5, 6, { "95616", "95618" }, { 530 } },
	{ "Woodland", "Yolo", 4, 8, { "95695", "95776" }, { 530 } },
	{ "Yuba City", "Sutter", 4, 4, { "95991", "95993" }, { 530 } },
	{ "Grass Valley", "Nevada", 4, 12, { "95945", "95949" }, { 530 } },
	{ "Nevada City", "Nevada", 2, 10, { "95959" }, { 530 } },
	{ "Auburn", "Placer", 3, 4, { "95603" }, { 530 } },
	{ "Roseville", "Placer", 7, 0, { "95661", "95678", "95747" }, { 916 } },
	{ "Placerville", "El Dorado", 2, 6, { "95667" }, { 530 } },
	{ "South Lake Tahoe", "El Dorado", 4, 0, { "96150" }, { 530 } },
	{ "Truckee", "Nevada", 2, 1, { "96161" }, { 530 } },
	{ "Lompoc", "Santa Barbara", 3, 25, { "93436" }, { 805 } },
	{ "Santa Maria", "Santa Barbara", 5, 15, { "93454", "93455", "93458" }, { 805 } },
	{ "Carpinteria", "Santa Barbara", 2, 25, { "93013" }, { 805 } },
	{ "Goleta", "Santa Barbara", 3, 6, { "93117" }, { 805 } },
	{ "Watsonville", "Santa Cruz", 4, 8, { "95076" }, { 831 } },
	{ "King City", "Monterey", 1, 10, { "93930" }, { 831 } },
	{ "Hollister", "San Benito", 3, 6, { "95023" }, { 831 } },
	{ "West Hollywood", "Los Angeles", 14, 0, { "90069", "90046", "90048" }, { 323, 310 } },
	{ "Santa Monica", "Los Angeles", 10, 0, { "90401", "90403", "90404", "90405" }, { 310, 424 } },
	{ "Inglewood", "Los Angeles", 6, 0, { "90301", "90302", "90303", "90305" }, { 310, 424 } },
	{ "Compton", "Los Angeles", 5, 0, { "90220", "90221", "90222" }, { 310 } },
	{ "Culver City", "Los Angeles", 6, 0, { "90230", "90232" }, { 310 } },
	{ "Burbank", "Los Angeles", 7, 0, { "91501", "91502", "91505", "91506" }, { 818, 747 } },
	{ "Costa Mesa", "Orange", 6, 0, { "92626", "92627" }, { 714, 949 } },
	{ "Temecula", "Riverside", 6, 1, { "92590", "92591", "92592" }, { 951 } },
	{ "San Leandro", "Alameda", 5, 1, { "94577", "94578", "94579" }, { 510 } },
	{ "Emeryville", "Alameda", 3, 0, { "94608" }, { 510 } },
	{ "Alameda", "Alameda", 4, 0, { "94501", "94502" }, { 510 } },
	{ "South San Francisco", "San Mateo", 4, 0, { "94080" }, { 650 } },
	{ "San Mateo", "San Mateo", 6, 0, { "94401", "94402", "94403" }, { 650 } },
	{ "Redwood City", "San Mateo", 5, 0, { "94061", "94063", "94065" }, { 650 } },
	{ "Palo Alto", "Santa Clara", 5, 0, { "94301", "94303", "94306" }, { 650 } },
	{ "Mountain View", "Santa Clara", 5, 0, { "94040", "94041", "94043" }, { 650 } },
	{ "Coalinga", "Fresno", 1, 10, { "93210" }, { 559 } },
	{ "Hanford", "Kings", 3, 2, { "93230" }, { 559 } },
	{ "Tulare", "Tulare", 3, 2, { "93274" }, { 559 } },
	{ "Porterville", "Tulare", 3, 2, { "93257" }, { 559 } },
	{ "Madera", "Madera", 3, 3, { "93637", "93638" }, { 559 } },
	{ "Oroville", "Butte", 3, 8, { "95965", "95966" }, { 530 } },
	{ "Red Bluff", "Tehama", 2, 5, { "96080" }, { 530 } },
	{ "Yreka", "Siskiyou", 1, 6, { "96097" }, { 530 } },
	{ "Susanville", "Lassen", 1, 2, { "96130" }, { 530 } },
	{ "Mariposa", "Mariposa", 1, 4, { "95338" }, { 209 } },
	{ "Sonora", "Tuolumne", 2, 4, { "95370" }, { 209 } },
	{ "El Centro", "Imperial", 3, 3, { "92243" }, { 760, 442 } },
	{ "Barstow", "San Bernardino", 2, 3, { "92311" }, { 760, 442 } },
	{ "Bishop", "Inyo", 1, 1, { "93514" }, { 760 } },
	{ "Mammoth Lakes", "Mono", 1, 0, { "93546" }, { 760 } },
	{ "Pittsburg", "Contra Costa", 4, 1, { "94565" }, { 925 } },
	{ "Walnut Creek", "Contra Costa", 5, 0, { "94595", "94596", "94597", "94598" }, { 925 } },
	{ "Livermore", "Alameda", 5, 1, { "94550", "94551" }, { 925 } },
	{ "Pleasanton", "Alameda", 4, 0, { "94566", "94588" }, { 925 } },
	{ "Seaside", "Monterey", 3, 1, { "93955" }, { 831 } },
	{ "Cupertino", "Santa Clara", 4, 0, { "95014" }, { 408 } },
	{ "Vista", "San Diego", 5, 1, { "92081", "92083", "92084" }, { 760 } },
	{ "Carlsbad", "San Diego", 6, 0, { "92008", "92009", "92010", "92011" }, { 760 } },
	{ "La Mesa", "San Diego", 4, 0, { "91941", "91942" }, { 619 } },
	{ "El Cajon", "San Diego", 5, 0, { "92019", "92020", "92021" }, { 619 } },
	{ "Lemon Grove", "San Diego", 3, 0, { "91945" }, { 619 } },
	{ "National City", "San Diego", 3, 0, { "91950" }, { 619 } },
	{ "Encinitas", "San Diego", 4, 0, { "92024" }, { 760 } },
};
FK_DEFINE_N(fk_cities);

const struct fk_strain fk_strains[] = {
	{ "Blue Dream", 60, 'H' }, { "OG Kush", 55, 'H' }, { "Gelato", 50, 'H' },
	{ "Wedding Cake", 45, 'H' }, { "Sour Diesel", 45, 'S' }, { "Girl Scout Cookies", 40, 'H' },
	{ "Runtz", 35, 'H' }, { "Zkittlez", 30, 'I' }, { "Granddaddy Purple", 30, 'I' },
	{ "Gorilla Glue #4", 30, 'H' }, { "Pineapple Express", 25, 'H' }, { "Jack Herer", 25, 'S' },
	{ "Northern Lights", 25, 'I' }, { "Purple Punch", 20, 'I' }, { "Sunset Sherbet", 20, 'I' },
	{ "Ice Cream Cake", 20, 'I' }, { "MAC", 15, 'H' }, { "Do-Si-Dos", 15, 'I' },
	{ "Mimosa", 15, 'S' }, { "Super Lemon Haze", 18, 'S' }, { "Durban Poison", 15, 'S' },
	{ "Green Crack", 15, 'S' }, { "Trainwreck", 12, 'H' }, { "White Widow", 15, 'H' },
	{ "AK-47", 10, 'H' }, { "Bubba Kush", 15, 'I' }, { "Cherry Pie", 10, 'H' },
	{ "Tangie", 12, 'S' }, { "Forbidden Fruit", 10, 'I' }, { "Biscotti", 15, 'I' },
	{ "Apple Fritter", 15, 'H' }, { "Gary Payton", 12, 'H' }, { "Jealousy", 12, 'H' },
	{ "Lemon Cherry Gelato", 15, 'H' }, { "Gushers", 10, 'H' }, { "Cereal Milk", 8, 'H' },
	{ "Animal Mints", 8, 'H' }, { "Mendo Breath", 10, 'I' }, { "Headband", 8, 'H' },
	{ "Chemdawg", 8, 'H' }, { "Skywalker OG", 10, 'I' }, { "SFV OG", 8, 'H' },
	{ "Tahoe OG", 6, 'H' }, { "Fire OG", 6, 'H' }, { "Purple Urkle", 6, 'I' },
	{ "Strawberry Cough", 8, 'S' }, { "Harlequin", 5, 'S' }, { "ACDC", 5, 'S' },
	{ "Cannatonic", 4, 'H' }, { "Blueberry", 8, 'I' }, { "Grape Ape", 8, 'I' },
	{ "Maui Wowie", 6, 'S' }, { "Hindu Kush", 6, 'I' }, { "Banana Kush", 6, 'H' },
	{ "Sundae Driver", 6, 'H' }, { "Slurricane", 6, 'I' }, { "Peanut Butter Breath", 6, 'H' },
	{ "Zoap", 6, 'H' }, { "Permanent Marker", 6, 'H' }, { "Papaya", 5, 'I' },
	{ "Tropicana Cookies", 8, 'S' }, { "Cookies and Cream", 6, 'H' }, { "Larry OG", 5, 'H' },
	{ "Kosher Kush", 5, 'I' }, { "Candyland", 5, 'S' }, { "London Pound Cake", 8, 'I' },
	{ "Oreoz", 6, 'I' }, { "Jet Fuel", 6, 'H' }, { "GMO Cookies", 8, 'I' },
	{ "Motorbreath", 5, 'I' }, { "Triangle Kush", 6, 'I' }, { "Cherry Garcia", 4, 'H' },
	{ "Lemon Tree", 6, 'H' }, { "Super Silver Haze", 6, 'S' }, { "Platinum Cookies", 5, 'H' },
	{ "Pink Kush", 6, 'I' }, { "Orange Creamsicle", 5, 'H' }, { "Blue Zushi", 5, 'H' },
	{ "Garlic Breath", 5, 'I' }, { "Gelatti", 4, 'H' },
};
FK_DEFINE_N(fk_strains);

const struct fk_category fk_categories[] = {
	{ "Flower", "FLW", 35 }, { "Pre-Roll", "PRE", 18 }, { "Vape", "VAP", 20 },
	{ "Edible", "EDB", 14 }, { "Concentrate", "CON", 7 }, { "Tincture", "TIN", 3 },
	{ "Topical", "TOP", 3 },
};
FK_DEFINE_N(fk_categories);

/* cat indexes follow fk_categories */
const struct fk_format fk_formats[] = {
	{ 0, "Indoor", "{brand} {strain} Indoor Flower {size}", { "3.5g", "7g", "14g", "28g" } },
	{ 0, "Greenhouse", "{brand} {strain} Greenhouse Flower {size}", { "3.5g", "7g", "14g", "28g" } },
	{ 0, "Sun-Grown", "{brand} {strain} Sungrown Flower {size}", { "3.5g", "7g", "14g", "28g" } },
	{ 0, "Smalls", "{brand} {strain} Smalls {size}", { "7g", "14g", "3.5g", "28g" } },
	{ 0, "Shake", "{brand} {strain} Shake {size}", { "14g", "28g" } },
	{ 1, "Single", "{brand} {strain} Pre-Roll {size}", { "1g", "0.5g" } },
	{ 1, "Multi-Pack", "{brand} {strain} Pre-Roll 5-Pack {size}", { "2.5g", "3.5g" } },
	{ 1, "Infused", "{brand} {strain} Infused Pre-Roll {size}", { "1g", "1.5g" } },
	{ 1, "Blunt", "{brand} {strain} Blunt {size}", { "1g", "2g" } },
	{ 2, "Cartridge", "{brand} {strain} Distillate Cartridge {size}", { "1g", "0.5g" } },
	{ 2, "Live Resin", "{brand} {strain} Live Resin Cartridge {size}", { "1g", "0.5g" } },
	{ 2, "Disposable", "{brand} {strain} All-in-One Vape {size}", { "1g", "0.5g" } },
	{ 2, "Pod", "{brand} {strain} Pod {size}", { "0.5g" } },
	{ 3, "Gummies", "{brand} {flavor} Gummies {size}", { "100mg (10pk)", "100mg (20pk)", "200mg (20pk)" } },
	{ 3, "Chocolate", "{brand} {flavor} Chocolate Bar {size}", { "100mg", "50mg" } },
	{ 3, "Beverage", "{brand} {flavor} Sparkling Water {size}", { "10mg", "5mg" } },
	{ 3, "Mints", "{brand} {flavor} Mints {size}", { "100mg (20pk)", "50mg (20pk)" } },
	{ 3, "Baked Goods", "{brand} {flavor} Brownie Bites {size}", { "100mg (10pk)" } },
	{ 4, "Live Resin", "{brand} {strain} Live Resin Badder {size}", { "1g", "2g" } },
	{ 4, "Rosin", "{brand} {strain} Live Rosin {size}", { "1g", "0.5g", "2g" } },
	{ 4, "Shatter", "{brand} {strain} Shatter {size}", { "1g" } },
	{ 4, "Diamonds", "{brand} {strain} THCa Diamonds {size}", { "1g", "0.5g" } },
	{ 5, "THC", "{brand} THC Tincture {size}", { "1000mg 30ml", "500mg 15ml" } },
	{ 5, "CBD", "{brand} CBD Tincture {size}", { "1500mg 30ml", "750mg 30ml" } },
	{ 5, "1:1", "{brand} 1:1 CBD:THC Tincture {size}", { "600mg 30ml", "300mg 15ml" } },
	{ 6, "Balm", "{brand} CBD Relief Balm {size}", { "500mg", "1000mg" } },
	{ 6, "Lotion", "{brand} {flavor} Body Lotion {size}", { "200mg 4oz" } },
	{ 6, "Patch", "{brand} Transdermal Patch {size}", { "20mg", "10mg" } },
};
FK_DEFINE_N(fk_formats);

const struct fk_wstr fk_countries[] = {
	{ "United States|US", 920 }, { "Canada|CA", 25 }, { "Mexico|MX", 25 },
	{ "United Kingdom|GB", 5 }, { "Germany|DE", 5 }, { "Netherlands|NL", 5 },
	{ "Spain|ES", 3 }, { "Australia|AU", 4 }, { "Colombia|CO", 3 },
	{ "Thailand|TH", 2 }, { "Israel|IL", 3 },
};
FK_DEFINE_N(fk_countries);

const struct fk_wstr fk_currencies[] = {
	{ "USD", 940 }, { "CAD", 20 }, { "MXN", 15 }, { "EUR", 12 },
	{ "GBP", 5 }, { "AUD", 4 }, { "JPY", 4 },
};
FK_DEFINE_N(fk_currencies);

const struct fk_wstr fk_timezones[] = {
	{ "America/Los_Angeles", 850 }, { "America/Denver", 30 }, { "America/Phoenix", 25 },
	{ "America/Chicago", 30 }, { "America/New_York", 40 }, { "UTC", 20 },
	{ "Pacific/Honolulu", 5 },
};
FK_DEFINE_N(fk_timezones);

const struct fk_file fk_files[] = {
	{ "COA_{batch}.pdf", "application/pdf" },
	{ "invoice-{invoice}.pdf", "application/pdf" },
	{ "manifest-{manifest}.pdf", "application/pdf" },
	{ "{po}.pdf", "application/pdf" },
	{ "license-{n4}.pdf", "application/pdf" },
	{ "IMG_{n4}.jpg", "image/jpeg" },
	{ "{strainslug}-{hex6}.jpg", "image/jpeg" },
	{ "product-photo-{n3}.png", "image/png" },
	{ "logo.png", "image/png" },
	{ "price-sheet-{monthslug}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
	{ "inventory-count-{monthslug}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
	{ "metrc-export-{n4}.csv", "text/csv" },
	{ "vendor-agreement-{n3}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
	{ "delivery-photo-{n4}.heic", "image/heic" },
};
FK_DEFINE_N(fk_files);

const struct fk_wstr fk_payment_terms[] = {
	{ "Net 30", 40 }, { "COD", 20 }, { "Net 15", 15 }, { "Net 45", 8 },
	{ "Due on receipt", 7 }, { "Net 60", 5 }, { "Prepaid", 5 },
};
FK_DEFINE_N(fk_payment_terms);

/* cannabis businesses are still largely cash-paid: few banks serve them */
const struct fk_wstr fk_payment_methods[] = {
	{ "Cash", 30 }, { "ACH", 28 }, { "Check", 20 }, { "Wire", 10 },
	{ "Credit Card", 5 }, { "Money Order", 4 }, { "Crypto", 3 },
};
FK_DEFINE_N(fk_payment_methods);

/* ---- companies ---------------------------------------------------------- */

static const char *const disp_pre[] = {
	"Green Valley", "Golden State", "Pacific", "Sunset", "Harbor", "Coastal",
	"Mission", "Bay Area", "Canyon", "Redwood", "Sierra", "Blue Sky", "High Desert",
	"Emerald", "Evergreen", "Marina", "Ocean Park", "Hillside", "Sacred Leaf",
	"Lotus", "Mother Earth", "Elevate", "Higher Ground", "Kind Leaf", "Urban Leaf",
	"Green Door", "Purple Sage", "Golden Gate", "Silver Lake", "Venice", "Eastside",
	"Westside", "Northstar", "Half Moon", "Twin Peaks", "Sunrise", "Wildflower",
	"Driftwood", "Lighthouse", "Monarch", "Poppy", "Sequoia", "Bluebird", "Big Sur",
	"Good Earth", "Riverbend", "Cypress", "Jade", "Sage & Stone", "Cloud Nine",
};
static const char *const disp_mid[] = { "", "Cannabis", "Wellness", "Health", "Green" };
static const char *const disp_suf[] = {
	"Dispensary", "Collective", "Cannabis Co.", "Wellness", "Apothecary",
	"Cannabis Club", "Provisions", "Remedies", "Farmacy", "Cannabis Market",
	"Dispensary & Lounge", "Green House", "Cannabis Store", "Delivery",
};

static const char *const farm_pre[] = {
	"Emerald Triangle", "Humboldt Heritage", "Humboldt", "Mendocino", "Trinity Alps",
	"Salmon Creek", "Mad River", "Eel River", "Lost Coast", "Redwood Ridge",
	"Sun Valley", "Shasta", "Sierra Foothills", "Sonoma Hills", "Carpinteria",
	"Lompoc Valley", "Salinas Valley", "Coachella", "High Desert", "Golden Hills",
	"Oak Ridge", "Cedar Creek", "Bear Valley", "Willow Creek", "Rattlesnake Ridge",
	"Pine Mountain", "Three Rivers", "Clear Lake", "Briceland", "Whitethorn",
	"Alderpoint", "Covelo", "Round Valley", "Anderson Valley", "Potter Valley",
	"Mattole", "Kneeland", "Honeydew", "Spy Rock", "Laytonville",
};
static const char *const farm_mid[] = { "", "Heritage", "Family", "Sungrown", "Organic", "Craft" };
static const char *const farm_suf[] = {
	"Farms", "Growers", "Gardens", "Ranch", "Cultivation", "Farm Co.", "Botanicals",
	"Homestead", "Agriculture", "Estates", "Farm Collective",
};

static const char *const dist_pre[] = {
	"Pacific Coast", "Golden State", "NorCal", "SoCal", "Bay Area", "Central Valley",
	"Coastal", "Sierra", "Redwood", "Delta", "Highway 101", "West Coast", "Cali",
	"Sunset", "Pacific Rim", "Canyon", "Harbor", "Inland Empire", "Sacramento Valley",
	"Capitol", "Crossroads", "Summit", "Meridian", "Keystone", "Anchor",
};
static const char *const dist_mid[] = { "", "Cannabis", "Supply", "Trade" };
static const char *const dist_suf[] = {
	"Distribution", "Distributors", "Supply Co.", "Logistics", "Wholesale",
	"Supply Chain", "Trading Co.", "Brands", "Freight", "Partners",
};

static const char *const lab_pre[] = {
	"Coastal", "Pacific", "Sierra", "Golden State", "Bay", "Delta", "Precision",
	"Verified", "Clear", "True", "Evergreen", "Redwood", "Sequoia", "Capitol",
	"Valley", "Summit", "Cascade", "Mojave", "Anchor", "Benchmark", "Catalyst",
};
static const char *const lab_mid[] = { "", "Analytical", "Testing", "Science", "Quality" };
static const char *const lab_suf[] = { "Labs", "Laboratories", "Testing", "Lab Group", "Lab" };

static const char *const mfg_pre[] = {
	"Golden Hour", "Sunday Drive", "Coastal Kind", "Redwood Roots", "Mojave Gold",
	"Pacific Stone Fruit", "Lucky Poppy", "Half Dome", "Foggy Hills", "Wild West",
	"Cloud Forest", "Sugar Pine", "Bright Side", "Night Owl", "Blue Heron",
	"Little Sur", "Orchard Road", "Canyon Creek", "Seaside", "Fig & Thistle",
};
static const char *const mfg_mid[] = { "", "Craft", "Cannabis", "Kitchen" };
static const char *const mfg_suf[] = {
	"Edibles", "Extracts", "Confections", "Concentrates", "Brands", "Botanicals",
	"Infusions", "Labs", "Vapes", "Kitchen",
};

#define PARTS(p, m, mp, s, cp) { p, FK_COUNT(p), m, FK_COUNT(m), mp, s, FK_COUNT(s), cp }
const struct fk_company_parts fk_company_parts[FK_COMPANY_KINDS] = {
	[FK_DISPENSARY] = PARTS(disp_pre, disp_mid, 20, disp_suf, 15),
	[FK_FARM] = PARTS(farm_pre, farm_mid, 30, farm_suf, 10),
	[FK_DISTRIBUTOR] = PARTS(dist_pre, dist_mid, 20, dist_suf, 10),
	[FK_LAB] = PARTS(lab_pre, lab_mid, 60, lab_suf, 10),
	[FK_MANUFACTURER] = PARTS(mfg_pre, mfg_mid, 15, mfg_suf, 0),
};
const uint32_t fk_company_kind_w[FK_COMPANY_KINDS] = {
	[FK_DISPENSARY] = 40, [FK_FARM] = 25, [FK_DISTRIBUTOR] = 15, [FK_LAB] = 5,
	[FK_MANUFACTURER] = 15,
};

/* ---- places and misc ---------------------------------------------------- */

const fk_str fk_streets[] = {
	"Main", "Oak", "Harbor", "Mission", "Industrial", "Commerce", "Airport",
	"Foothill", "Valley View", "Canyon", "Ridge", "Riverside", "Lincoln",
	"Washington", "Jefferson", "Madison", "Franklin", "Grand", "Park", "Lake",
	"Hillside", "Sunset", "Pacific", "Ocean", "Bay", "Pine", "Cedar", "Redwood",
	"Sequoia", "Sycamore", "Walnut", "Olive", "Orange", "Citrus", "Vineyard",
	"Orchard", "Ranch", "Mill", "Creek", "Granite", "Summit", "Vista",
	"Los Robles", "Del Rio", "San Pablo", "Alameda", "Santa Fe", "Mesa",
	"Palm", "Magnolia", "Cherry", "Laurel", "Willow", "Aspen", "Madrone",
	"Manzanita", "Buena Vista", "Del Mar", "Monte Vista", "Harrison",
	"Telegraph", "Junipero Serra", "Figueroa", "Alvarado", "Van Ness",
	"1st", "2nd", "3rd", "4th", "5th", "7th", "9th", "12th",
};
FK_DEFINE_N(fk_streets);

const fk_str fk_rural_streets[] = {
	"Alderpoint", "Salmon Creek", "Old Briceland", "Shelter Cove", "Elk Ridge",
	"Bear Canyon", "Dyerville Loop", "Hidden Valley", "Spy Rock", "Branscomb",
	"Mina", "Sprowel Creek", "Ettersburg", "Wilder Ridge", "Mattole",
	"Fish Rock", "Orr Springs", "Hopland", "Hayfork Creek", "Poker Flat",
	"Rancho", "Pine Flat", "Sawmill", "Valley Ford", "Bodega",
};
FK_DEFINE_N(fk_rural_streets);

const fk_str fk_street_types[] = {
	"St", "St", "St", "Ave", "Ave", "Ave", "Blvd", "Rd", "Dr", "Dr", "Way",
	"Ln", "Ct", "Pl", "Pkwy",
};
FK_DEFINE_N(fk_street_types);

const fk_str fk_brands[] = {
	"Emerald Triangle", "Golden Hour", "Sierra Sungrown", "Coastal Kind",
	"Redwood Roots", "Lost Coast", "Mojave Gold", "Sunday Drive", "Half Dome",
	"Lucky Poppy", "Foggy Hills", "Night Owl", "Blue Heron", "Sugar Pine",
	"Bright Side", "Little Sur", "Orchard Road", "Canyon Creek", "Wild West",
	"Humboldt Heritage", "Mendo Gold", "Salt & Cedar", "Pacific Fog",
	"Big Sur Botanicals", "Monarch", "Fig & Thistle", "High Tide", "Cloud Forest",
	"Dune", "Tiny Acres", "Seven Leaves", "Gold Rush", "Old Pal Farms",
	"Westbound", "Quiet Creek", "Honey Hill", "Vista Verde", "Slow Burn",
	"Morning Glory", "Kings Peak",
};
FK_DEFINE_N(fk_brands);

const fk_str fk_flavors[] = {
	"Watermelon", "Sour Watermelon", "Blood Orange", "Wild Berry", "Mango",
	"Pineapple", "Peach", "Lemon", "Grape", "Strawberry", "Blackberry", "Cherry",
	"Passion Fruit", "Tangerine", "Pomegranate", "Dark", "Milk", "Sea Salt Caramel",
	"Cookies & Cream", "Peppermint", "Spearmint", "Cinnamon", "Lavender", "Yuzu",
};
FK_DEFINE_N(fk_flavors);

const fk_str fk_aromas[] = {
	"citrus", "pine", "berry", "diesel", "earth", "grape", "vanilla", "mint",
	"lemon", "skunk", "cookie dough", "tropical fruit", "black pepper",
	"lavender", "sweet cream", "orange peel", "gas", "garlic", "cherry", "spice",
};
FK_DEFINE_N(fk_aromas);

const fk_str fk_effects[] = {
	"relaxing", "uplifting", "balanced", "energizing", "calming", "euphoric",
	"creative", "mellow", "focused", "heavy",
};
FK_DEFINE_N(fk_effects);

const fk_str fk_job_titles[] = {
	"Inventory Manager", "Compliance Manager", "Budtender", "Delivery Driver",
	"Account Executive", "Head Grower", "Extraction Technician", "Lab Analyst",
	"Operations Manager", "Purchasing Manager", "Sales Representative", "Controller",
	"Bookkeeper", "Dispatcher", "Warehouse Associate", "Quality Assurance Lead",
	"General Manager", "Store Manager", "Cultivation Technician", "Trim Lead",
	"Accounts Receivable Specialist", "Logistics Coordinator", "Buyer",
	"Director of Sales", "Office Manager",
};
FK_DEFINE_N(fk_job_titles);

const fk_str fk_email_roles[] = {
	"info", "orders", "sales", "hello", "accounts", "ap", "office", "contact",
	"compliance", "purchasing", "wholesale",
};
FK_DEFINE_N(fk_email_roles);

const fk_str fk_banks[] = {
	"Pacific Coast Credit Union", "Golden State Community Bank", "Redwood Valley Bank",
	"Sierra Federal Credit Union", "Bay Commerce Bank", "Central Valley Community Credit Union",
	"Humboldt Savings Bank", "Coastal Pacific Credit Union", "Sacramento Partners Bank",
	"North Bay Cooperative Credit Union", "Harbor Trust Bank", "Mission Valley Credit Union",
};
FK_DEFINE_N(fk_banks);

const fk_str fk_ein_prefixes[] = {
	"94", "95", "26", "27", "33", "45", "46", "47", "77", "81", "82", "83",
	"84", "85", "86", "87", "88", "92", "93", "20", "30", "32",
};
FK_DEFINE_N(fk_ein_prefixes);

const fk_str fk_user_agents[] = {
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
	"Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
};
FK_DEFINE_N(fk_user_agents);

const fk_str fk_colors[] = {
	"#ef4444", "#f97316", "#f59e0b", "#eab308", "#84cc16", "#22c55e", "#10b981",
	"#14b8a6", "#06b6d4", "#0ea5e9", "#3b82f6", "#6366f1", "#8b5cf6", "#a855f7",
	"#d946ef", "#ec4899", "#f43f5e", "#64748b", "#6b7280", "#78716c", "#2e7d32",
	"#1b5e20", "#4caf50", "#9c27b0",
};
FK_DEFINE_N(fk_colors);

const fk_str fk_carriers[] = {
	"In-house fleet", "In-house fleet", "In-house fleet", "UPS", "FedEx", "USPS", "OnTrac",
	"Will call",
};
FK_DEFINE_N(fk_carriers);

const fk_str fk_url_paths[] = {
	"menu", "shop", "about", "wholesale", "contact", "products", "locations", "deals",
};
FK_DEFINE_N(fk_url_paths);

const fk_str fk_times[] = {
	"9am", "9:30am", "10am", "10:30am", "11am", "noon", "1pm", "2pm", "2:30pm",
	"3pm", "4pm",
};
FK_DEFINE_N(fk_times);

/* Common first octets of US residential and business ranges. */
const fk_str fk_ip_first_octets[] = {
	"24", "45", "50", "64", "66", "67", "68", "69", "70", "71", "73", "75", "76",
	"96", "97", "98", "99", "104", "107", "108", "157", "162", "173", "174",
	"184", "198", "204", "208", "209",
};
FK_DEFINE_N(fk_ip_first_octets);

"""Given names written before a surname in English-language news, hand-written for this project.

The matcher reads a place alias right after one of these as a surname (`Andrew Jordan`,
`Monica French`). The build leaves out every name that is an alias (US states and the GeoNames cities
included), a qualifier or a US city of 100,000 people or more (`Irving, Tex.`), plus the
place-like names in GIVEN_NAME_EXCLUDE, and prints what it left out.
"""

# Given names that are also common place words even where they are not aliases.
GIVEN_NAME_EXCLUDE = {"Victoria", "Carolina", "Jackson", "Lincoln", "Florence", "Virginia", "Sydney",
                      "Austin", "Dallas", "Paris", "Georgia", "Israel", "India", "Kenya", "Chad", "Jordan",
                      "Tyler", "Madison", "Brooklyn", "Houston", "Phoenix", "Denver", "Orlando", "Charlotte",
                      "Aurora", "Savannah", "Cheyenne", "Regina", "Adelaide", "Eugene", "Everett", "Lowell",
                      "Warren", "Elizabeth", "Troy", "Vienna", "Siena", "Asia", "Africa", "America", "Chelsea",
                      "Kent", "Devon", "Lorraine", "Camden", "Salem", "Raleigh", "Columbus", "Lafayette"}

GIVEN_NAMES = """
Aaron Abdul Abdullah Abe Abigail Abraham Ada Adam Adrian Adriana Agnes Ahmad Ahmed Aidan Aisha Akira
Alan Alastair Albert Alberto Alec Alejandro Alessandro Alex Alexander Alexandra Alexei Alexey Alexis
Alfred Alfredo Ali Alice Alicia Alison Allan Allen Allison Alma Alvin Amanda Amber Amelia Amir Amit Amy
Ana Anders Andre Andrea Andreas Andrei Andres Andrew Andy Angel Angela Angelina Angelo Angus Anita Ann
Anna Anne Annette Annie Anthony Antoine Anton Antonio Antony Anwar Archie Ariel Arnold Arthur Ashley
Ashok Audrey Ava Barack Barbara Barney Barry Bart Beatrice Becky Ben Benjamin Benny Bernard Bernie
Beth Betty Beverly Bill Billy Blake Bob Bobby Bonnie Boris Brad Bradley Brandon Brenda Brendan Brett
Brian Bridget Britney Brooke Bruce Bruno Bryan Byron Caitlin Caleb Calvin Cameron Camilla Candice
Carl Carla Carlos Carmen Carol Caroline Carolyn Carrie Casey Catherine Cathy Cecilia Charles Charlie
Chloe Chris Christina Christine Christopher Chuck Cindy Claire Clara Clare Clarence Claude
Claudia Clint Clive Cody Colin Connor Conor Constance Cory Craig Cristina Curtis Cynthia Dale Damian
Damon Dan Dana Daniel Daniela Danielle Danny Darren Dave David Dean Deborah Debra Declan Denis Denise
Dennis Derek Desmond Diana Diane Dick Diego Dimitri Dmitry Dominic Don Donald Donna Doris Dorothy Doug
Douglas Duncan Dylan Ed Eddie Edgar Edith Eduardo Edward Edwin Eileen Elaine Eleanor Elena Eli Elias
Elijah Elise Ella Ellen Elliot Elliott Ellis Elon Emily Emma Emmanuel Enrique Eric Erica Erik Erin
Ernest Ernesto Esther Ethan Eva Evan Evelyn Fatima Felipe Felix Fernando Fiona Francesca Francis
Francisco Franco Francois Frank Frankie Fred Freddie Frederick Gabriel Gabriela Gabrielle Gail Gareth
Gary Gavin Gene George Gerald Gerard Gerhard Gina Giorgio Giovanni Giuseppe Glen Glenn Gloria Gordon
Grace Graham Grant Greg Gregory Guillermo Gustavo Guy Hakan Hamid Hana Hannah Hans Harold Harriet
Harry Harvey Hassan Hazel Heather Hector Heidi Helen Helena Helmut Henry Herbert Hilary Hillary Holly
Howard Hugh Hugo Hussein Ian Igor Imran Ingrid Irene Iris Isaac Isabel Isabella Isabelle Ivan Ivy
Jack Jackie Jacob Jacqueline Jacques Jaime Jake James Jamie Jan Jane Janet Janice Jared Jason Javier
Jay Jean Jeanne Jeff Jeffrey Jennifer Jenny Jeremy Jerome Jerry Jess Jesse Jessica Jesus Jill Jim
Jimmy Jo Joan Joanna Joanne Joaquin Jodie Joe Joel Johann Johannes John Johnny Jon Jonathan Jordi
Jorge Jose Joseph Josh Joshua Joyce Juan Judith Judy Julia Julian Julie Juliet Julio Justin Karen
Karim Karl Kate Katherine Kathleen Kathryn Kathy Katie Katrina Kay Keith Kelly Ken Kenneth Kerry Kevin
Khalid Kim Kirk Kristen Kurt Kyle Lance Larry Laura Lauren Lawrence Leah Lee Leo Leon Leonard Leslie
Lewis Liam Lily Linda Lindsay Lindsey Lisa Liz Lloyd Logan Lois Lorenzo Lori Louis Louise Lucas Lucia
Lucy Luis Luke Lydia Lynn Mahmoud Malcolm Manuel Marc Marcel Marco Marcus Margaret Maria Marie Marilyn
Mario Marion Mark Martha Martin Marty Marvin Mary Mason Matt Matteo Matthew Maureen Max Maxine Megan
Mehmet Melanie Melissa Michael Michel Michele Michelle Miguel Mike Mikhail Miles Mitch Mitchell
Mohamed Mohammad Mohammed Monica Morgan Muhammad Nadia Nancy Naomi Natalie Natasha Nathan Neil Nelson
Nicholas Nick Nicola Nicolas Nicole Nigel Nikolai Nina Noah Noel Nora Norma Oleg Oliver Olivia Omar
Oscar Owen Pablo Pamela Pascal Pat Patricia Patrick Paul Paula Pauline Pedro Peggy Penny Pete Peter
Phil Philip Philippe Phillip Phyllis Pierre Piers Priya Rachel Rafael Rahul Raj Ralph Ramon Randy
Raul Ray Raymond Rebecca Regina Reginald Rhys Ricardo Richard Rick Ricky Rita Rob Robert Roberta
Roberto Robin Rodney Roger Roland Ron Ronald Rory Rosa Rose Ross Roy Ruby Russell Ruth Ryan Sally
Salman Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sebastian Sergei Sergey Seth Shane Shannon
Sharon Shaun Shawn Sheila Shirley Sian Silvio Simon Sofia Sonia Sophia Sophie Stacey Stanley Stefan
Stella Stephanie Stephen Steve Steven Stuart Susan Suzanne Sylvia Tamara Tanya Tara Ted Teresa Terry
Thomas Tim Timothy Tina Toby Todd Tom Tommy Tony Tracy Travis Trevor Valerie Vanessa Vera Veronica
Vicky Victor Vijay Vikram Vincent Viktor Vladimir Walter Wayne Wendy Wesley William Willie Yasmin
Yuri Yusuf Zach Zachary Zoe Jair Luiz Narendra Rishi Keir Emmanuel Olaf Angela Recep Benjamin Volodymyr
Shinzo Fumio Justin Jacinda Cyril Muhammadu Bola Uhuru William Jens Mette Ursula Charles Giorgia
Mario Pedro Xavier Nicolas Sanna Kaja Viktor Alexei Sergei Dmitri Ramzan Yevgeny Hamad Tamim Mohammed
Ebrahim Hassan Ismail Anwar Prabowo Joko Ferdinand Rodrigo Lula Javier Gustavo Claudia Andres Kamala
Nikki Ron Marco Mitt Nancy Chuck Kevin Mitch Hakeem Pete Rudy Rudolph Roy Wolfgang Jurgen Frank Heinz
"""

"""The exact payout engine on an explicit network (SPEC 10): network arrays, TREE.csv, the rules.

``network`` holds the members as numpy arrays, ``treecsv`` reads and writes TREE.csv,
``matrix`` places members in a forced matrix, ``engine`` qualifies ranks and pays every component.
"""

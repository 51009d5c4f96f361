import LiaisonCore
print("liaison")

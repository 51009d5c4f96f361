import LiaisonCore
print("liaison-bench")

class Node:
    def __init__(self, v, next=None):
        self.v = v
        self.next = next
    def total(self):
        return self.v + (self.next.total() if self.next else 0)
print(Node(1, Node(2, Node(3))).total())

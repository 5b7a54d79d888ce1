# Methods calling other methods; bound methods are objects.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        self.balance += amount
        self._log('deposit', amount)
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError('insufficient funds')
        self.balance -= amount
        self._log('withdraw', amount)
        return self
    def _log(self, kind, amount):
        self.history.append((kind, amount))
acct = Account('ann')
acct.deposit(100).withdraw(30).deposit(5)
print(acct.balance, acct.history)
dep = acct.deposit
dep(10)
print(acct.balance)
try:
    acct.withdraw(1000)
except ValueError as e:
    print('error:', e)

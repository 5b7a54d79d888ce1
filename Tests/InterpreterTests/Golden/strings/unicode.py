# Non-ASCII text: length counts code points.
s = 'héllo wörld'
print(s, len(s))
print(s.upper(), s.title())
print(ord('é'), chr(233), chr(955), ord('€'))
print('naïve'[2], 'naïve'[::-1])
print('日本語', len('日本語'), '日本語'[1])
print('ü' in 'München', 'München'.lower())
print(sorted('bäa'))

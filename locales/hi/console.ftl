# status: draft
# टर्मिनल चैट (advice-bot chat) आयोजकों के लिए है, ताकि वे बॉट को आज़मा सकें।

console-intro = किसी विकल्प का नंबर लिखें और Enter दबाएँ। बाहर निकलने के लिए /quit लिखें या Ctrl-D दबाएँ।

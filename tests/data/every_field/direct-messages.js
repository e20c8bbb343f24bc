window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "987654321-1456789012345678901",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1456789012345678901",
            "reactions" : [],
            "urls" : [
              {
                "url" : "https://t.co/abc123",
                "expanded" : "https://www.example.com/klant?email=anna.devries@example.com",
                "display" : "example.com/klant?email=anna.devries@example.com"
              }
            ],
            "text" : "Ik ben Anna de Vries, geboortedatum 14-03-1985, BSN 111222333, IBAN NL91ABNA0417164300, tel +31 6 12345678, mail anna.devries@example.com https://t.co/abc123",
            "mediaUrls" : [
              "https://ton.twitter.com/dm/1790297442596425733/Anna_de_Vries_paspoort.jpg"
            ],
            "senderId" : "987654321",
            "id" : "1790297442596425733",
            "createdAt" : "2024-05-14T08:25:47.090Z"
          }
        },
        {
          "conversationNameUpdate" : {
            "initiatingUserId" : "987654321",
            "name" : "Anna de Vries BSN 111222333",
            "createdAt" : "2024-05-14T08:20:00.000Z"
          }
        }
      ]
    }
  }
]
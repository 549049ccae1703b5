window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060900000000009"
          ],
          "editableUntil" : "2024-07-31T19:16:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/a9tIULTA-8",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "86",
      "id_str" : "1700060900000000009",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700060900000000009",
      "created_at" : "Wed Jul 31 18:16:55 +0000 2024",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at City Hall Plaza for fire safety week. More: https://t.co/a9tIULTA-8",
      "lang" : "en",
      "deleted_at" : "Wed Jul 31 21:16:55 +0000 2024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061790000000003"
          ],
          "editableUntil" : "2025-03-11T18:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "3",
      "id_str" : "1700061790000000003",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700061790000000003",
      "created_at" : "Tue Mar 11 17:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Correction to follow: wrong date in the earlier post.",
      "lang" : "en",
      "deleted_at" : "Tue Mar 11 20:00:00 +0000 2025"
    }
  }
]
